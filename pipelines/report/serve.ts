// Serves the built site from its folder on loopback, with HTTP Range support (duckdb-wasm reads
// parquet in ranges). Used by `ilr serve` (npm run preview) and the end-to-end tests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface RunningSite {
  url: string;
  close(): Promise<void>;
}

export function serveSite(dir: string, port = 0, host = '127.0.0.1'): Promise<RunningSite> {
  const handler = sirv(dir, { dev: false, etag: true, single: false, extensions: ['html'] });
  const server: Server = createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  }));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${actual}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
