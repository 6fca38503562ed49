// @ts-check
/** A server for the throughput benchmark, in its own process: `mock` or `bare`. Prints its URL. */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { startMockSpiff } from '../dist/index.js';

const [mode, mappingId, secret] = process.argv.slice(2);

if (mode === 'mock') {
  const mock = await startMockSpiff({ webhooks: [{ mappingId, secret }] });
  console.log(mock.url);
} else {
  // Only what any Spiff endpoint must do: read the body, check the HMAC, answer.
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const header = String(req.headers.signature ?? '');
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header) ?? [];
      const expected = createHmac('sha256', secret)
        .update(`${t}.`)
        .update(Buffer.concat(chunks))
        .digest();
      const ok = v1 !== undefined && timingSafeEqual(expected, Buffer.from(v1, 'hex'));
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
      res.end(ok ? '{"ok":true}' : '{"error":"Could not validate HMAC Signature"}');
    });
  });
  server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}`));
}
