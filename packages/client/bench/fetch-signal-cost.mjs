// @ts-check
/**
 * `node bench/fetch-signal-cost.mjs`: what a timeout costs Node's fetch, apart from the client.
 * The same loopback GET, interleaved rounds, medians; each variant ÷ a fetch with no signal:
 *
 *   fresh   a new AbortController and timer per request (what the client does)
 *   shared  one long-lived signal for every request
 *   race    no signal; Promise.race against a timer (a timed-out request stays open)
 */
import { createServer } from 'node:http';

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/`;
const shared = new AbortController();

/** @type {Record<string, () => Promise<unknown>>} */
const variants = {
  none: async () => (await fetch(url)).json(),
  fresh: async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    try {
      return (await fetch(url, { signal: controller.signal })).json();
    } finally {
      clearTimeout(timer);
    }
  },
  shared: async () => (await fetch(url, { signal: shared.signal })).json(),
  race: async () => {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), 30_000);
    });
    try {
      return (await Promise.race([fetch(url), timeout])).json();
    } finally {
      clearTimeout(timer);
    }
  },
};

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
/** @type {Record<string, number[]>} */
const times = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
for (let i = 0; i < 300; i++) for (const fn of Object.values(variants)) await fn(); // warm-up
for (let round = 0; round < 10; round++) {
  for (const [name, fn] of Object.entries(variants)) {
    for (let i = 0; i < 300; i++) {
      const start = process.hrtime.bigint();
      await fn();
      times[name].push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
}
server.close();
const base = median(times.none);
console.log(`node ${process.version}: loopback GET, median µs and ratio to no signal`);
for (const [name, xs] of Object.entries(times)) {
  console.log(`  ${name.padEnd(7)} ${median(xs).toFixed(1)} µs  ${(median(xs) / base).toFixed(3)}`);
}
