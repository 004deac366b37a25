// Shared by this package's tests only (not exported from index.ts).
import { expect } from 'vitest';
import * as Y from 'yjs';
import { ModelError } from './collection.ts';

/** Runs `change` and returns the origins of the transactions it made. */
export function originsOf(doc: Y.Doc, change: () => unknown): unknown[] {
  const origins: unknown[] = [];
  const listen = (transaction: Y.Transaction) => origins.push(transaction.origin);
  doc.on('afterTransaction', listen);
  try {
    change();
  } finally {
    doc.off('afterTransaction', listen);
  }
  return origins;
}

/** Runs `change`, expects a ModelError, and checks that the document did not change; returns the message. */
export function refused(doc: Y.Doc, change: () => unknown): string {
  const before = Y.encodeStateAsUpdate(doc);
  let error: unknown;
  try {
    change();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ModelError);
  expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  return (error as ModelError).message;
}
