// @ts-check
/** Turns classified spec changes into a readable report and a changeset. */
import { highestLevel } from './classify-changes.mjs';

/** @typedef {import('./classify-changes.mjs').Change} Change */

const headings = {
  breaking: 'Breaking (major)',
  feature: 'Features (minor)',
  fix: 'Fixes and documentation (patch)',
};
const bumps = { breaking: 'major', feature: 'minor', fix: 'patch' };

/** @param {Change[]} changes */
export function formatReport(changes) {
  if (changes.length === 0) return 'No changes to the spec since the last release.';
  const lines = [
    `${changes.length} change(s) since the last release; bump: ${bumps[highestLevel(changes) ?? 'fix']}`,
  ];
  for (const level of /** @type {const} */ (['breaking', 'feature', 'fix'])) {
    const some = changes.filter((c) => c.level === level);
    if (some.length === 0) continue;
    lines.push('', `${headings[level]}: ${some.length}`);
    for (const c of some) lines.push(`  - ${c.where}: ${c.message}`);
  }
  return lines.join('\n');
}

/**
 * Which packages' public API a spec change reaches, at which bump:
 * - @spiff-sdk/types: every change (its types and their doc comments are generated from the spec);
 * - @spiff-sdk/client: breaking and feature changes (its method and `raw` types derive from types);
 * - @spiff-sdk/testing: every change (its fixtures, typed by the spec, and its embedded spec).
 * @param {Change[]} changes
 */
export function packagesFor(changes) {
  const level = highestLevel(changes);
  if (!level) return {};
  const bump = bumps[level];
  return {
    '@spiff-sdk/types': bump,
    ...(level === 'fix' ? {} : { '@spiff-sdk/client': bump }),
    '@spiff-sdk/testing': bump,
  };
}

/** @param {Change[]} changes */
export function changesetFor(changes) {
  const front = Object.entries(packagesFor(changes)).map(([name, bump]) => `'${name}': ${bump}`);
  const list = changes.map((c) => `- ${c.level}: ${c.where}: ${c.message}`);
  return [
    '---',
    ...front,
    '---',
    '',
    `Spiff API spec change (${highestLevel(changes)}):`,
    '',
    ...list,
    '',
  ].join('\n');
}
