// @ts-check
/** The main job until the demo lands: show what the built toolkit covers. */
import { readSpec } from './lib/spec.mjs';

const spec = readSpec();
const ops = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => method !== 'parameters')
    .map(
      ([method, op]) => `${op.operationId.padEnd(14)} ${method.toUpperCase().padEnd(6)} ${path}`,
    ),
);
console.log(
  `${spec.info.title} ${spec.info.version}: ${ops.length} operations typed in @spiff-sdk/types`,
);
for (const line of ops) console.log(`  ${line}`);
