import { createServer } from 'node:http';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';

/**
 * The peer `@y/websocket-server` 0.1.1 as its own bin runs it, in its own process. Persistence: y-leveldb,
 * switched on by `YPERSISTENCE=<dir>` (read by the library when it loads). Prints its URL as one JSON line.
 */
const server = createServer((_request, response) => response.writeHead(200).end('ok'));
const wss = new WebSocketServer({ noServer: true });
wss.on('connection', (socket, request) => setupWSConnection(socket, request));
server.on('upgrade', (request, socket, head) =>
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request)),
);
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(JSON.stringify({ msg: 'peer running', url: `http://127.0.0.1:${port}` }));
});
