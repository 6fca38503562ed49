import { describe, expect, it } from 'vitest';
import { changesetFor, formatReport, packagesFor } from '../report.mjs';

const breaking = { level: 'breaking', where: 'schema Kind', message: 'enum value "b" removed' };
const feature = { level: 'feature', where: 'schema X.y', message: 'new optional input property' };
const fix = { level: 'fix', where: 'GET /x', message: 'description changed' };

describe('report', () => {
  it('bumps types, client and testing by the highest level; a fix leaves the client out', () => {
    expect(packagesFor([fix, breaking])).toEqual({
      '@spiff-sdk/types': 'major',
      '@spiff-sdk/client': 'major',
      '@spiff-sdk/testing': 'major',
    });
    expect(packagesFor([feature, fix])).toEqual({
      '@spiff-sdk/types': 'minor',
      '@spiff-sdk/client': 'minor',
      '@spiff-sdk/testing': 'minor',
    });
    expect(packagesFor([fix])).toEqual({
      '@spiff-sdk/types': 'patch',
      '@spiff-sdk/testing': 'patch',
    });
    expect(packagesFor([])).toEqual({});
  });

  it('writes a changeset whose summary lists every change', () => {
    expect(changesetFor([breaking, fix])).toBe(
      [
        '---',
        "'@spiff-sdk/types': major",
        "'@spiff-sdk/client': major",
        "'@spiff-sdk/testing': major",
        '---',
        '',
        'Spiff API spec change (breaking):',
        '',
        '- breaking: schema Kind: enum value "b" removed',
        '- fix: GET /x: description changed',
        '',
      ].join('\n'),
    );
  });

  it('prints a readable report grouped by level', () => {
    expect(formatReport([fix, breaking])).toBe(
      [
        '2 change(s) since the last release; bump: major',
        '',
        'Breaking (major): 1',
        '  - schema Kind: enum value "b" removed',
        '',
        'Fixes and documentation (patch): 1',
        '  - GET /x: description changed',
      ].join('\n'),
    );
    expect(formatReport([])).toBe('No changes to the spec since the last release.');
  });
});
