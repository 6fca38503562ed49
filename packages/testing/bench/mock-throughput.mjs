// @ts-check
/**
 * `pnpm bench` (after `pnpm build`): requests/s of the mock Spiff (signature verification, spec
 * validation, state) ÷ a bare node:http server that only checks the HMAC. Each server runs in its
 * own process; one load generator here drives both, in alternating rounds, with the same
 * pre-signed requests (signed webhook upserts, 32 in flight over keep-alive connections).
 */
import { spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';

const mappingId = randomUUID();
const secret = 'bench-webhook-secret';
const perRound = Number(process.env.BENCH_REQUESTS ?? 4000);
const rounds = 5;
const inFlight = 32;

async function startServer(mode) {
  const child = spawn(
    process.execPath,
    [new URL('./bench-server.mjs', import.meta.url).pathname, mode, mappingId, secret],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise((resolve) =>
    createInterface({ input: child.stdout }).once('line', resolve),
  );
  return { url, stop: () => child.kill('SIGTERM') };
}

function presign(count) {
  const t = Math.floor(Date.now() / 1000);
  return Array.from({ length: count }, (_, i) => {
    const body = JSON.stringify({
      external_id: `rec-${i}`,
      name: `Jane ${i}`,
      email: `jane${i}@example.com`,
    });
    const v1 = createHmac('sha256', secret).update(`${t}.`).update(body).digest('hex');
    return { body, signature: `t=${t},v1=${v1}` };
  });
}

async function load(baseUrl, requests) {
  const url = new URL(`/_webhook/mapping/${mappingId}`, baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: inFlight });
  let next = 0;
  let failures = 0;
  const one = (r) =>
    new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'PUT',
          agent,
          headers: { 'content-type': 'application/json', signature: r.signature },
        },
        (res) => {
          if (res.statusCode !== 200) failures++;
          res.resume().on('end', resolve);
        },
      );
      req.on('error', reject);
      req.end(r.body);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < requests.length) await one(requests[next++]);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  if (failures) throw new Error(`${failures} requests failed`);
  return requests.length / seconds;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const requests = presign(perRound);
const mock = await startServer('mock');
const bare = await startServer('bare');
await load(mock.url, requests.slice(0, 500));
await load(bare.url, requests.slice(0, 500));
const mockRates = [];
const bareRates = [];
for (let round = 0; round < rounds; round++) {
  mockRates.push(await load(mock.url, requests));
  bareRates.push(await load(bare.url, requests));
}
mock.stop();
bare.stop();
const m = median(mockRates);
const b = median(bareRates);
console.log(
  `node ${process.version}, ${perRound} signed webhook upserts per round, ${inFlight} in flight, ${rounds} rounds`,
);
console.log(
  `mock Spiff: ${m.toFixed(0)} req/s; bare HMAC server: ${b.toFixed(0)} req/s; ratio ${(m / b).toFixed(2)} (target ≥ 0.7)`,
);
