// @ts-check
/**
 * Regenerates every file derived from spec/spiff.openapi.yaml.
 *
 *   node scripts/generate.mjs            write what changed
 *   node scripts/generate.mjs --check    write nothing; fail naming each stale file
 *   node scripts/generate.mjs types      only the named generators
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from './lib/spec.mjs';
import { generateTesting } from './generators/testing.mjs';
import { generateTypes } from './generators/types.mjs';

/** @type {Record<string, () => Promise<Array<{ path: string, content: string }>>>} */
const generators = { types: generateTypes, testing: generateTesting };

const args = process.argv.slice(2);
const check = args.includes('--check');
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !(n in generators));
if (unknown.length > 0) {
  console.error(
    `Unknown generator: ${unknown.join(', ')}. Known: ${Object.keys(generators).join(', ')}`,
  );
  process.exit(2);
}

/** @param {string} path */
function readOrNull(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

const stale = [];
for (const name of names.length > 0 ? names : Object.keys(generators)) {
  for (const file of await generators[name]()) {
    const abs = join(repoRoot, file.path);
    if (readOrNull(abs) === file.content) continue;
    stale.push(file.path);
    if (!check) {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, file.content);
      console.log(`generated ${file.path}`);
    }
  }
}

if (check && stale.length > 0) {
  console.error('These generated files are stale (they differ from what the spec produces now):');
  for (const path of stale) console.error(`  - ${path}`);
  console.error('Run `pnpm generate` and commit the result.');
  process.exit(1);
}
if (check) console.log('Generated files are up to date.');
