// @ts-check
/**
 * The spec-change loop.
 *
 *   node scripts/spec-diff/spec-diff.mjs               report the changes since the last release
 *   node scripts/spec-diff/spec-diff.mjs --changeset   also write the matching changeset
 *   node scripts/spec-diff/spec-diff.mjs --snapshot    record spec/ as the released spec
 *
 * The released spec is spec/released/spiff.openapi.yaml: `pnpm version-packages` refreshes it
 * when a release is versioned, so the next diff starts from what users have.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot, specPath } from '../lib/spec.mjs';
import { classifyChanges, highestLevel } from './classify-changes.mjs';
import { changesetFor, formatReport } from './report.mjs';

const releasedPath = join(repoRoot, 'spec/released/spiff.openapi.yaml');
const args = process.argv.slice(2);

if (args.includes('--snapshot')) {
  mkdirSync(join(repoRoot, 'spec/released'), { recursive: true });
  copyFileSync(specPath, releasedPath);
  console.log('Recorded spec/spiff.openapi.yaml as the released spec.');
  process.exit(0);
}
if (!existsSync(releasedPath)) {
  console.error(
    'No released spec (spec/released/spiff.openapi.yaml): run with --snapshot after the first release.',
  );
  process.exit(2);
}

const current = readFileSync(specPath, 'utf8');
const changes = classifyChanges(parse(readFileSync(releasedPath, 'utf8')), parse(current));
console.log(formatReport(changes));

if (args.includes('--changeset')) {
  const level = highestLevel(changes);
  if (!level) {
    console.log('Nothing changed since the release: no changeset written.');
  } else {
    const name = `spec-${createHash('sha256').update(current).digest('hex').slice(0, 8)}.md`;
    writeFileSync(join(repoRoot, '.changeset', name), changesetFor(changes));
    console.log(`Wrote .changeset/${name}.`);
  }
}
