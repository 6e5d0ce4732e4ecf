/** The floor of the scheda measure: a minimal node:http handler running the scheda's SQL through the raw driver. */
import http from 'node:http';
import { floorScheda, openRaw } from './raw';

const raw = openRaw(process.env.DATABASE_URL ?? '', 16);
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/health') return void res.end('ok');
  floorScheda(raw, url.searchParams.get('view') ?? '', url.searchParams.get('code') ?? '').then(
    (o) => {
      res.writeHead(o ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(o));
    },
    (err: Error) => {
      res.writeHead(500);
      res.end(err.message);
    },
  );
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => void raw.close().then(() => process.exit(0))));
