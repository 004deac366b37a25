import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';

/**
 * The peer `@hocuspocus/server` 4.7.0 in its own process, persisting like its Database extension (which
 * is not installed here): the whole document to a file in `DATA_DIR` from `onStoreDocument`, loaded in
 * `onLoadDocument`. Hocuspocus debounces the store (`HOCUSPOCUS_DEBOUNCE` ms, its default 2 s); with 0
 * it stores after every change. Prints its URL as one JSON line.
 */
const dir = process.env.DATA_DIR ?? './hocuspocus-data';
mkdirSync(dir, { recursive: true });
const file = (name: string) => join(dir, `${encodeURIComponent(name)}.ydoc`);

const server = new Server({
  port: 0,
  address: '127.0.0.1',
  quiet: true,
  debounce: Number(process.env.HOCUSPOCUS_DEBOUNCE ?? 2000),
  async onLoadDocument({ documentName, document }) {
    if (existsSync(file(documentName))) Y.applyUpdate(document, readFileSync(file(documentName)));
    return document;
  },
  async onStoreDocument({ documentName, document }) {
    writeFileSync(file(documentName), Y.encodeStateAsUpdate(document));
  },
});
await server.listen();
const address = server.httpServer.address();
const port = typeof address === 'object' && address ? address.port : 0;
console.log(JSON.stringify({ msg: 'peer running', url: `http://127.0.0.1:${port}` }));
