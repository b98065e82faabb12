import { createServer, type RequestListener, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP server that counts what crosses the wire: bytes in both directions (headers included, at the
 * socket) and requests. Both systems are measured the same way, whatever their client libraries do.
 */
export interface CountingServer {
  url: string;
  server: Server;
  snapshot(): { bytes: number; requests: number };
  close(): Promise<void>;
}

export async function countingServer(listener: RequestListener | Server): Promise<CountingServer> {
  const server = typeof listener === 'function' ? createServer(listener) : listener;
  const sockets = new Set<Socket>();
  let closedBytes = 0;
  let requests = 0;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      closedBytes += socket.bytesRead + socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  server.on('request', () => requests++);
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    snapshot: () => ({ bytes: closedBytes + [...sockets].reduce((n, s) => n + s.bytesRead + s.bytesWritten, 0), requests }),
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
