/** Shows import progress: a bar that redraws in place on a terminal, plain lines otherwise. */
export interface Progress {
  update(done: number, failed: number): void;
  finish(): void;
}

export function createProgress(total: number, out: NodeJS.WriteStream = process.stdout): Progress {
  const width = 30;
  let lastLine = -1;
  return {
    update(done, failed) {
      const share = Math.min(done / total, 1);
      if (out.isTTY) {
        const filled = Math.round(share * width);
        const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
        out.write(
          `\r  [${bar}] ${(share * 100).toFixed(0).padStart(3)}%  ${done}/${total} records, ${failed} failed`,
        );
      } else {
        const line = Math.floor(share * 10);
        if (line === lastLine) return;
        lastLine = line;
        out.write(
          `  progress: ${done}/${total} records (${(share * 100).toFixed(0)}%), ${failed} failed\n`,
        );
      }
    },
    finish() {
      if (out.isTTY) out.write('\n');
    },
  };
}
