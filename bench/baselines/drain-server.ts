// A bare Node HTTP server that only drains request bodies and answers 204: the floor for many
// small posts (the sandbox must parse, verify and store each one on top of this).
import { createServer, type Server } from 'node:http';
import { listenLoopback, runAsCli } from './listen.ts';

/** Reads each request body to its end, discards it and answers 204. */
export function createDrainServer(): Server {
  return createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(204).end());
    request.on('error', () => response.destroy());
  });
}

runAsCli(import.meta.url, async () => {
  await listenLoopback(createDrainServer(), 'drain-server');
});
