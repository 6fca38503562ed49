import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MockSpiffEngine, type MockSpiffOptions } from './mock-spiff-engine.js';

/** Where the mock listens, and how it behaves. */
export interface StartMockSpiffOptions extends MockSpiffOptions {
  /** Default 0: any free port (read it from `url`). */
  port?: number;
  /** Default `127.0.0.1`: loopback only. */
  host?: string;
}

/** A running mock Spiff. */
export interface MockSpiffServer {
  /** The base URL to give a client, e.g. `http://127.0.0.1:4010`. */
  url: string;
  state: MockSpiffEngine['state'];
  journal: MockSpiffEngine['journal'];
  faults: MockSpiffEngine['faults'];
  /** Stops listening, drops open connections and pending job timers. */
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Starts a mock Spiff on a real HTTP server: it verifies signatures with the right secret,
 * validates against the spec, keeps state, runs import jobs asynchronously and injects faults.
 *
 * @example
 * const spiff = await startMockSpiff({ companies: [{ id: companyId, secret }] });
 * const client = createSpiffClient({ companyId, secret, baseUrl: spiff.url });
 */
export async function startMockSpiff(
  options: StartMockSpiffOptions = {},
): Promise<MockSpiffServer> {
  const { port = 0, host = '127.0.0.1', ...behaviour } = options;
  const engine = new MockSpiffEngine(behaviour);

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const body = await readBody(req);
      const response = await engine.handle({
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        header: (name) => {
          const value = req.headers[name.toLowerCase()];
          return Array.isArray(value) ? value.join(', ') : value;
        },
        body,
      });
      if (response.kind === 'reset') {
        req.socket.destroy();
        return;
      }
      res.writeHead(response.status, response.headers).end(response.body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `Mock failure: ${(error as Error).message}` }));
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${shownHost}:${address.port}`,
    state: engine.state,
    journal: engine.journal,
    faults: engine.faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        engine.close();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
