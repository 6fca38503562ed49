import { describe, expect, it } from 'vitest';
import { parseSignatureHeader } from '../src/parse-signature-header.js';
import { SpiffSignatureError } from '../src/signature-error.js';

const hex = 'ab'.repeat(32);

describe('parseSignatureHeader', () => {
  it('reads the timestamp and every v1 digest, lowercased, ignoring other schemes', () => {
    expect(
      parseSignatureHeader(`t=12, v1=${hex.toUpperCase()},v0=zz,v1=${'cd'.repeat(32)}`),
    ).toEqual({ timestamp: 12, digests: [hex, 'cd'.repeat(32)] });
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['no timestamp', `v1=${hex}`],
    ['no digest', 't=12'],
    ['two timestamps', `t=1,t=2,v1=${hex}`],
    ['non-numeric timestamp', `t=12a,v1=${hex}`],
    ['short digest', 't=12,v1=abc'],
    ['no equals sign', `t=12,v1${hex}`],
  ])('calls a header %s malformed', (_name, header) => {
    const attempt = () => parseSignatureHeader(header);
    expect(attempt).toThrow(SpiffSignatureError);
    expect(attempt).toThrow(expect.objectContaining({ reason: 'malformed' }));
  });
});
