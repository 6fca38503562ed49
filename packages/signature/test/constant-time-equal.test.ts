import { expect, it } from 'vitest';
import { constantTimeEqual } from '../src/constant-time-equal.js';

it('is true only for identical strings', () => {
  expect(constantTimeEqual('abc', 'abc')).toBe(true);
  expect(constantTimeEqual('abc', 'abd')).toBe(false);
  expect(constantTimeEqual('abc', 'ab')).toBe(false);
  expect(constantTimeEqual('', '')).toBe(true);
});
