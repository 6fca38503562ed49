#!/usr/bin/env node
import { startMockSpiff } from '../server/start-mock-spiff.js';
import { parseCliArgs, usage } from './parse-cli-args.js';

let options;
try {
  options = parseCliArgs(process.argv.slice(2));
} catch (error) {
  console.error(`spiff-mock: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}

const server = await startMockSpiff({
  ...options,
  onRequest: (e) =>
    console.log(
      `${new Date(e.at).toISOString()} ${e.method} ${e.path} ${e.status} ${e.operationId ?? '-'} signature=${e.signature}${e.fault ? ` fault=${e.fault}` : ''}`,
    ),
});
console.log(server.url);

const stop = (signal: string) => {
  console.error(`spiff-mock: ${signal}, stopping`);
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', () => stop('SIGINT'));
process.once('SIGTERM', () => stop('SIGTERM'));
