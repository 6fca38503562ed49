import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = new URL('../../../', import.meta.url).pathname;

/** A scratch copy of what the CLI reads: scripts/, spec/, .changeset/, and node_modules via a link. */
function scratch(edit) {
  const dir = mkdtempSync(join(tmpdir(), 'spec-diff-'));
  for (const part of ['scripts', 'spec', '.changeset'])
    cpSync(join(repo, part), join(dir, part), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  const specFile = join(dir, 'spec/spiff.openapi.yaml');
  execFileSync(process.execPath, [join(dir, 'scripts/spec-diff/spec-diff.mjs'), '--snapshot']);
  writeFileSync(specFile, edit(readFileSync(specFile, 'utf8')));
  return dir;
}

function changesetAfter(edit) {
  const dir = scratch(edit);
  const before = new Set(readdirSync(join(dir, '.changeset')));
  const report = execFileSync(
    process.execPath,
    [join(dir, 'scripts/spec-diff/spec-diff.mjs'), '--changeset'],
    { encoding: 'utf8' },
  );
  const written = readdirSync(join(dir, '.changeset')).filter((f) => !before.has(f));
  return {
    report,
    changeset: written.length
      ? readFileSync(join(dir, '.changeset', written[0]), 'utf8')
      : undefined,
  };
}

describe('pnpm spec:changeset on the real spec', () => {
  it('removing an enum value writes a major changeset for types and the client', () => {
    const { report, changeset } = changesetAfter((s) =>
      s.replace('        - upsert\n        - delete\n', '        - upsert\n'),
    );
    expect(report).toContain('bump: major');
    expect(changeset).toContain("'@spiff-sdk/types': major");
    expect(changeset).toContain("'@spiff-sdk/client': major");
    expect(changeset).toContain('enum value "delete" removed');
  });

  it('adding an optional property writes a minor changeset', () => {
    const { changeset } = changesetAfter((s) =>
      s.replace(
        '        foreign_keys:\n',
        '        dry_run:\n          type: boolean\n        foreign_keys:\n',
      ),
    );
    expect(changeset).toContain("'@spiff-sdk/types': minor");
    expect(changeset).toContain('new optional input property');
  });

  it('editing a description writes a patch changeset', () => {
    const { changeset } = changesetAfter((s) =>
      s.replace("Lists the company's import jobs.", 'Lists every import job of the company.'),
    );
    expect(changeset).toContain("'@spiff-sdk/types': patch");
    expect(changeset).not.toContain('@spiff-sdk/client');
  });

  it('writes nothing when nothing changed', () => {
    expect(changesetAfter((s) => s).changeset).toBeUndefined();
  });
});
