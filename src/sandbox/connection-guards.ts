// OSS's answers at the connection level: RequestTimeout for a connection idle mid-request (or
// silent before its headers), a 400 for oversized or unreadable request headers.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { renderErrorXml, sendOssError, type OssErrorBody } from './oss-error.ts';
import { createRequestId } from './request-id.ts';

/** Largest request head accepted (Node answers anything bigger through clientError). */
export const MAX_HEADER_BYTES = 16 * 1024;

const REQUEST_TIMEOUT: OssErrorBody = {
  status: 400,
  code: 'RequestTimeout',
  message:
    'Your socket connection to the server was not read from or written to within the timeout period. Idle connections will be closed',
};
const HEADERS_TOO_LARGE: OssErrorBody = {
  status: 400,
  code: 'InvalidArgument',
  message: 'The request header section is too large.',
};
function answerRawError(socket: Socket, error: OssErrorBody): void {
  if (!socket.writable) return;
  const requestId = createRequestId();
  const xml = renderErrorXml(error, requestId, 'localhost');
  socket.end(
    `HTTP/1.1 ${error.status} Bad Request\r\nServer: AliyunOSS\r\nContent-Type: application/xml\r\n` +
      `x-oss-request-id: ${requestId}\r\nContent-Length: ${Buffer.byteLength(xml)}\r\nConnection: close\r\n\r\n${xml}`,
  );
}

/**
 * An overall deadline per request: a client that trickles one byte a second never trips the idle
 * timeout, so each request gets `deadlineMs` in all, then RequestTimeout and a closed connection.
 */
export function guardRequestDeadline(server: Server, deadlineMs: number): void {
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const timer = setTimeout(() => {
      const socket = req.socket;
      if (!res.headersSent) {
        res.setHeader('Connection', 'close');
        sendOssError(
          res,
          REQUEST_TIMEOUT,
          String(res.getHeader('x-oss-request-id') ?? createRequestId()),
          'localhost',
        );
      }
      setTimeout(() => socket.destroy(), 200).unref();
    }, deadlineMs);
    timer.unref();
    res.on('close', () => clearTimeout(timer));
  });
}

/** Installs the idle timeout and the clientError answers on `server`. */
export function guardConnections(server: Server, idleMs: number): void {
  server.setTimeout(idleMs, (socket) => {
    const res = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
    if (res && !res.headersSent) {
      res.setHeader('Connection', 'close');
      sendOssError(
        res,
        REQUEST_TIMEOUT,
        String(res.getHeader('x-oss-request-id') ?? createRequestId()),
        'localhost',
      );
      res.on('finish', () => socket.destroy());
      setTimeout(() => socket.destroy(), 1000).unref();
    } else if (!res && socket.bytesRead > 0) {
      // Stalled inside its headers: no response object yet, so answer on the socket itself.
      answerRawError(socket, REQUEST_TIMEOUT);
      setTimeout(() => socket.destroy(), 1000).unref();
    } else {
      socket.destroy();
    }
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'HPE_HEADER_OVERFLOW') answerRawError(socket, HEADERS_TOO_LARGE);
    else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') answerRawError(socket, REQUEST_TIMEOUT);
    else if (error.code !== 'ECONNRESET')
      answerRawError(socket, {
        status: 400,
        code: 'InvalidRequest',
        message: 'The request is not valid HTTP.',
      });
    else socket.destroy();
  });
}
