/**
 * @balanza/api — the shape of every HTTP request and answer, once: the server validates requests and
 * types its answers with these schemas, the client reads answers through them.
 */
export * from './boards.ts';
export * from './errors.ts';
export * from './links.ts';
export * from './members.ts';
export * from './parse.ts';
export * from './private-cards.ts';
export * from './versions.ts';
