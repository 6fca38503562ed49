import { afterAll, beforeAll } from 'vitest';
import {
  startMockSpiff,
  type MockSpiffServer,
  type StartMockSpiffOptions,
} from '../server/start-mock-spiff.js';

/**
 * Starts a mock Spiff before the tests of the current file (or `describe`) and closes it after.
 * Read its properties inside tests, not at module load: the server starts in `beforeAll`.
 *
 * @example
 * const spiff = useMockSpiff({ companies: [company] });
 * it('imports', async () => {
 *   const client = createSpiffClient({ companyId: company.id, secret: company.secret, baseUrl: spiff.url });
 * });
 */
export function useMockSpiff(options: StartMockSpiffOptions = {}): MockSpiffServer {
  let server: MockSpiffServer | undefined;
  beforeAll(async () => {
    server = await startMockSpiff(options);
  });
  afterAll(async () => {
    await server?.close();
    server = undefined;
  });
  const running = (): MockSpiffServer => {
    if (!server)
      throw new Error(
        '[@spiff-sdk/testing] The mock is not running: use it inside a test or hook.',
      );
    return server;
  };
  return {
    get url() {
      return running().url;
    },
    get state() {
      return running().state;
    },
    get journal() {
      return running().journal;
    },
    get faults() {
      return running().faults;
    },
    close: () => running().close(),
  };
}
