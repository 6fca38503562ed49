// @ts-check
/**
 * `pnpm bench` (after `pnpm build`): the client's overhead and the import workflow's scale.
 * Figures are medians of interleaved rounds in one run, so a noisy machine affects both sides alike.
 *
 *   (a) a signed GET through createSpiffClient ÷ hand-written fetch + createHmac, same loopback server
 *   (b) signing a 1 MB body with signPayload ÷ one createHmac over the same bytes
 *   (c) imports.run over 1,000,000 generated records against spiff-mock (a child process):
 *       records/s and this process's peak RSS, sampled at 100k and at 1M records
 */
import { spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { createSpiffClient, signPayload } from '../dist/index.js';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ratio = (a, b) => (a / b).toFixed(3);
const companyId = randomUUID();
const secret = 'bench-secret';

async function timeEach(n, fn) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  return out;
}

async function requestOverhead() {
  const body = JSON.stringify({ objects: [] });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const client = createSpiffClient({ companyId, secret, baseUrl });
  const untimed = createSpiffClient({ companyId, secret, baseUrl, timeoutMs: 0 });
  const url = `${baseUrl}/api/external_data/${companyId}/objects`;
  const byHand = async () => {
    const t = Math.floor(Date.now() / 1000);
    const v1 = createHmac('sha256', secret).update(`${t}.`).digest('hex');
    const res = await fetch(url, { headers: { Signature: `t=${t},v1=${v1}` } });
    return (await res.json()).objects;
  };
  // The same call with the timeout a careful hand-writer adds, to compare like with like.
  const byHandTimed = async () => {
    const t = Math.floor(Date.now() / 1000);
    const v1 = createHmac('sha256', secret).update(`${t}.`).digest('hex');
    const res = await fetch(url, {
      headers: { Signature: `t=${t},v1=${v1}` },
      signal: AbortSignal.timeout(30_000),
    });
    return (await res.json()).objects;
  };
  const viaClient = () => client.objects.list();
  const viaUntimed = () => untimed.objects.list();
  const variants = { hand: byHand, handTimed: byHandTimed, ours: viaClient, untimed: viaUntimed };
  const times = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (let i = 0; i < 300; i++) for (const fn of Object.values(variants)) await fn(); // warm-up
  for (let round = 0; round < 10; round++) {
    for (const [name, fn] of Object.entries(variants))
      times[name].push(...(await timeEach(300, fn)));
  }
  server.close();
  return Object.fromEntries(Object.entries(times).map(([name, xs]) => [name, median(xs)]));
}

async function signingOverhead() {
  const body = 'x'.repeat(1024 * 1024);
  const t = 1_733_300_000;
  const hmacOnly = async () =>
    createHmac('sha256', secret).update(`${t}.`).update(body).digest('hex');
  const ours = () => signPayload(secret, body, t);
  for (let i = 0; i < 20; i++) await Promise.all([hmacOnly(), ours()]);
  const a = [];
  const b = [];
  for (let round = 0; round < 8; round++) {
    a.push(...(await timeEach(30, hmacOnly)));
    b.push(...(await timeEach(30, ours)));
  }
  return { hmac: median(a), ours: median(b) };
}

async function importScale(total) {
  const bin = new URL('../../testing/dist/cli/spiff-mock.js', import.meta.url).pathname;
  const mock = spawn(
    process.execPath,
    [bin, '--port', '0', '--company', `${companyId}:${secret}`, '--import-delay-ms', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: mock.stdout });
  const baseUrl = await new Promise((resolve) => lines.once('line', resolve));
  lines.on('line', () => {}); // drain the request log
  const client = createSpiffClient({ companyId, secret, baseUrl });
  let peak = 0;
  const peaks = {};
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  // One record in 10,000 has no external_id: Spiff reports it in import_errors, so the run must
  // count it as failed and still account for every record.
  function* generate() {
    for (let i = 0; i < total; i++) {
      const record = { name: `Employee ${i}`, email: `e${i}@example.com`, team: `team-${i % 97}` };
      yield i % 10_000 === 9_999 ? record : { external_id: `emp-${i}`, ...record };
    }
  }
  const started = performance.now();
  const result = await client.imports.run({
    target: 'team_members',
    action: 'upsert',
    records: generate(),
    chunkSize: 1000,
    concurrency: 4,
    pollIntervalMs: 2,
    onProgress: (p) => {
      peak = Math.max(peak, process.memoryUsage().rss);
      for (const mark of [total / 10, total]) {
        if (p.total >= mark && !(mark in peaks)) peaks[mark] = peak;
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sample);
  mock.kill('SIGTERM');
  return { result, seconds, peaks, peak };
}

const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MB`;
console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
const a = await requestOverhead();
console.log(
  `(a) signed GET: hand-written ${a.hand.toFixed(0)} µs; client ${a.ours.toFixed(0)} µs, ratio ${ratio(a.ours, a.hand)}; ` +
    `client with timeoutMs: 0 ${a.untimed.toFixed(0)} µs, ratio ${ratio(a.untimed, a.hand)} (target ≤ 1.05)`,
);
console.log(
  `    like for like, both with a 30 s timeout: hand-written + AbortSignal.timeout ${a.handTimed.toFixed(0)} µs; ` +
    `client ÷ it ${ratio(a.ours, a.handTimed)}`,
);
const b = await signingOverhead();
console.log(
  `(b) sign 1 MB: signPayload ${b.ours.toFixed(0)} µs, createHmac ${b.hmac.toFixed(0)} µs, ratio ${ratio(b.ours, b.hmac)} (target ≤ 1.15)`,
);
const total = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const c = await importScale(total);
const { accepted, failed, unconfirmed } = c.result;
console.log(
  `(c) imports.run ${total} records: ${(total / c.seconds).toFixed(0)} records/s (${c.seconds.toFixed(1)} s), ` +
    `accepted ${accepted}, failed ${failed}, unconfirmed ${unconfirmed}, jobs ${c.result.imports.length}; ` +
    `peak RSS ${Object.entries(c.peaks)
      .map(([k, v]) => `${mb(v)} at ${k}`)
      .join(', ')}, ${mb(c.peak)} overall`,
);
if (accepted + failed + unconfirmed !== total || failed !== Math.floor(total / 10_000)) {
  console.error('Records were lost: the accounting does not add up.');
  process.exit(1);
}
