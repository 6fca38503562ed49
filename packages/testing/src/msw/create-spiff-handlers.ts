import { http, HttpResponse, type HttpHandler } from 'msw';
import { MockSpiffEngine, type MockSpiffOptions } from '../server/mock-spiff-engine.js';

/** The mock's behaviour, plus which origin to intercept. */
export interface SpiffHandlersOptions extends MockSpiffOptions {
  /** The origin your client calls (default `https://app.spiff.com`). */
  baseUrl?: string;
}

/** msw handlers with the mock Spiff's behaviour, and the mock's state, journal and faults. */
export interface SpiffHandlers {
  handlers: HttpHandler[];
  state: MockSpiffEngine['state'];
  journal: MockSpiffEngine['journal'];
  faults: MockSpiffEngine['faults'];
  /** Stops pending import-job timers. */
  dispose(): void;
}

/**
 * msw 2 request handlers that behave like `startMockSpiff`, for tests that mock `fetch` in-process.
 *
 * `@spiff-sdk/client` looks `globalThis.fetch` up at call time, so its clients reach msw whenever
 * they are created. Pitfall: an openapi-fetch client you build yourself captures `globalThis.fetch`
 * when it is created; create it after `server.listen()`, or pass
 * `fetch: (request) => globalThis.fetch(request)`.
 *
 * @example
 * const spiff = createSpiffHandlers({ companies: [company] });
 * const server = setupServer(...spiff.handlers);
 * server.listen();
 * const client = createSpiffClient({ companyId: company.id, secret: company.secret });
 */
export function createSpiffHandlers(options: SpiffHandlersOptions = {}): SpiffHandlers {
  const { baseUrl = 'https://app.spiff.com', ...behaviour } = options;
  const origin = baseUrl.replace(/\/+$/, '');
  const engine = new MockSpiffEngine(behaviour);

  const handler = http.all(`${origin}/*`, async ({ request }) => {
    const url = new URL(request.url);
    const response = await engine.handle({
      method: request.method,
      path: url.pathname + url.search,
      header: (name) => request.headers.get(name),
      body: new Uint8Array(await request.arrayBuffer()),
    });
    if (response.kind === 'reset') return HttpResponse.error();
    return new HttpResponse(response.body, { status: response.status, headers: response.headers });
  });

  return {
    handlers: [handler],
    state: engine.state,
    journal: engine.journal,
    faults: engine.faults,
    dispose: () => engine.close(),
  };
}
