// A tiny static server on 127.0.0.1 for the bench pages (no network beyond loopback).
import { createServer } from 'node:http';

/** pages: { '/path.html': '<html>…' }. Resolves to { origin, close() }. */
export function serve(pages) {
  const server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body ?? 'not found');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
