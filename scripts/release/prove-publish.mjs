// @ts-check
/**
 * Proves a release for real, as users get it:
 *
 * 1. starts a throwaway verdaccio on loopback (local-registry.mjs);
 * 2. copies the working tree to a temporary folder, installs it offline, runs `changeset version`,
 *    builds, and `changeset publish`es every package to that registry (named only for the
 *    @spiff-sdk scope);
 * 3. creates consumer projects that `npm install` the published packages, then
 *    (a) an ESM script and (b) a CommonJS `require()` script call every client operation against
 *    the published `spiff-mock`, and (c) a strict TypeScript project type-checks a use of every
 *    export under `moduleResolution: node16` and `bundler`.
 *
 * Any failure fails, including a registry that cannot start: verdaccio is a pinned dev dependency.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../lib/spec.mjs';
import { startLocalRegistry } from './local-registry.mjs';

const packages = ['types', 'signature', 'client', 'testing'];
const work = mkdtempSync(join(tmpdir(), 'spiff-release-'));
const keep = process.argv.includes('--keep');

const execFileAsync = promisify(execFile);

/**
 * Runs a command, echoing it; its output is shown only if it fails. Asynchronous, so the
 * registry's output keeps draining and pooled connections stay healthy meanwhile.
 */
async function run(cmd, args, cwd, env = {}) {
  console.log(`$ ${[cmd, ...args].join(' ')}   (in ${cwd.replace(work, '<tmp>')})`);
  try {
    const { stdout } = await execFileAsync(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      maxBuffer: 64 << 20,
    });
    return stdout;
  } catch (error) {
    const e = /** @type {{ stdout?: string, stderr?: string }} */ (error);
    console.error(e.stdout ?? '', e.stderr ?? '');
    throw error;
  }
}

const registry = await startLocalRegistry(
  join(work, 'registry'),
  join(repoRoot, 'node_modules/verdaccio/bin/verdaccio'),
);

const npmrc = [
  `@spiff-sdk:registry=${registry.url}/`,
  `//${registry.url.slice('http://'.length)}/:_authToken=${registry.token}`,
  '',
].join('\n');
let failed = false;
try {
  // 1. A copy of the working tree (tracked and new files, nothing ignored).
  const repo = join(work, 'repo');
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(repo, file));
  }
  writeFileSync(join(repo, '.npmrc'), npmrc);
  await run('pnpm', ['install', '--frozen-lockfile', '--offline'], repo);

  // 2. Version and publish exactly as a release does.
  await run('pnpm', ['exec', 'changeset', 'version'], repo);
  await run('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], repo, {
    TURBO_TELEMETRY_DISABLED: '1',
  });
  console.log(
    (await run('pnpm', ['exec', 'changeset', 'publish'], repo))
      .trim()
      .split('\n')
      .slice(-6)
      .join('\n'),
  );
  const versions = Object.fromEntries(
    packages.map((p) => {
      const { name, version } = JSON.parse(
        readFileSync(join(repo, 'packages', p, 'package.json'), 'utf8'),
      );
      return [name, version];
    }),
  );
  for (const [name, version] of Object.entries(versions)) {
    const published = await (await fetch(`${registry.url}/${name.replace('/', '%2f')}`)).json();
    if (!published.versions?.[version])
      throw new Error(`${name}@${version} is not on the local registry`);
    console.log(`published ${name}@${version}`);
  }

  // 3. Consumers install from the registry, as users do.
  const consumers = join(work, 'consumers');
  cpSync(join(repoRoot, 'scripts/release/consumer'), consumers, { recursive: true });
  const rootDev = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).devDependencies;
  const { typescript, vitest, '@types/node': nodeTypes } = rootDev;
  // The peer dependencies of @spiff-sdk/testing's msw and vitest entry points, pinned as we test them.
  const { msw } = JSON.parse(
    readFileSync(join(repoRoot, 'packages/testing/package.json'), 'utf8'),
  ).devDependencies;
  writeFileSync(
    join(consumers, 'package.json'),
    JSON.stringify(
      {
        name: 'consumers',
        private: true,
        dependencies: { ...versions, typescript, '@types/node': nodeTypes, msw, vitest },
      },
      null,
      2,
    ),
  );
  writeFileSync(join(consumers, '.npmrc'), npmrc);
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], consumers);

  // Every runtime export must appear in the TypeScript consumer, so (c) really uses every export.
  const tsUse = readFileSync(join(consumers, 'ts/uses-every-export.ts'), 'utf8');
  for (const name of Object.keys(versions)) {
    const exported = Object.keys(
      await import(join(consumers, 'node_modules', name, 'dist/index.js')),
    );
    const missing = exported.filter((e) => !new RegExp(`\\b${e}\\b`).test(tsUse));
    if (missing.length)
      throw new Error(`ts/uses-every-export.ts does not use ${name}'s ${missing.join(', ')}`);
  }

  console.log((await run('node', ['esm/every-operation.mjs'], consumers)).trim());
  console.log((await run('node', ['cjs/every-operation.cjs'], consumers)).trim());
  await run(join(consumers, 'node_modules/.bin/tsc'), ['-p', 'ts/tsconfig.node16.json'], consumers);
  await run(
    join(consumers, 'node_modules/.bin/tsc'),
    ['-p', 'ts/tsconfig.bundler.json'],
    consumers,
  );
  console.log('(c) TypeScript consumer type-checks under moduleResolution node16 and bundler');

  // 4. The next release: a breaking spec change to types must bump its dependants too.
  writeFileSync(
    join(repo, '.changeset/next-spec-change.md'),
    "---\n'@spiff-sdk/types': major\n---\n\nA breaking spec change.\n",
  );
  await run('pnpm', ['exec', 'changeset', 'version'], repo);
  const next = Object.fromEntries(
    packages.map((p) => [
      p,
      JSON.parse(readFileSync(join(repo, 'packages', p, 'package.json'), 'utf8')),
    ]),
  );
  const expectations = [
    [next.types.version, '1.0.0', '@spiff-sdk/types'],
    [next.client.version, '0.1.1', '@spiff-sdk/client (depends on types)'],
    [next.testing.version, '0.1.1', '@spiff-sdk/testing (depends on types)'],
    [next.signature.version, '0.1.0', '@spiff-sdk/signature (independent)'],
  ];
  for (const [actual, expected, what] of expectations) {
    if (actual !== expected)
      throw new Error(`after a major types change, ${what} is ${actual}, expected ${expected}`);
  }
  if (
    !readFileSync(join(repo, 'packages/client/CHANGELOG.md'), 'utf8').includes(
      '@spiff-sdk/types@1.0.0',
    )
  ) {
    throw new Error("the client's CHANGELOG does not record the types update");
  }
  console.log(
    'next release: types 0.1.0 → 1.0.0 bumps client and testing to 0.1.1; signature stays 0.1.0',
  );
  console.log(
    '\nRelease proven: published to a local registry, installed and used by ESM, CommonJS and TypeScript consumers.',
  );
} catch (error) {
  failed = true;
  console.error(
    `\nRelease check FAILED: ${error instanceof Error ? error.message : String(error)}`,
  );
} finally {
  registry.stop();
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
