import { runStoreContract } from './contract.ts';
import { createMemoryStore } from './memory-store.ts';

runStoreContract('memory', () => createMemoryStore());
