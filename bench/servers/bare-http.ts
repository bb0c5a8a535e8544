/** Baseline: a bare node:http server answering a fixed JSON body. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '../child.js';

const body = JSON.stringify({ data: { hello: 'world' } });
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => serve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`));
