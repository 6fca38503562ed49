import { describe, expect, it } from 'vitest';
import { makeCompany } from '../../src/fixtures/factories.js';
import { useMockSpiff } from '../../src/vitest/use-mock-spiff.js';
import { signedFetch } from '../signed-fetch.js';

const company = makeCompany();
const spiff = useMockSpiff({ companies: [company] });

describe('useMockSpiff', () => {
  it('has a running server inside tests', async () => {
    expect(spiff.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await signedFetch(`${spiff.url}/api/external_data/${company.id}/objects`, {
      secret: company.secret,
    });
    expect(res.status).toBe(200);
    expect(spiff.journal.entries).toHaveLength(1);
  });
});
