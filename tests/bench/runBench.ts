import { mkdir, writeFile } from 'node:fs/promises';
import { crmBench } from './crmBench';
import { liveBench } from './liveBench';
import { scenariosBench } from './scenariosBench';
import { vadBench } from './vadBench';

/** `npm run bench [-- name…]`: runs the named benchmarks (all by default), writes bench/results/<name>.json. */
const BENCHES: Record<string, () => Promise<unknown>> = {
  scenarios: scenariosBench,
  crm: crmBench,
  vad: vadBench,
  live: liveBench,
};

// Names come first; options after them (`-- live --sessions 100`) are the benchmarks' own.
const args = process.argv.slice(2);
const firstOption = args.findIndex((arg) => arg.startsWith('--'));
const names = firstOption === -1 ? args : args.slice(0, firstOption);
const unknown = names.filter((n) => !BENCHES[n]);
if (unknown.length) {
  console.error(`unknown benchmark: ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
await mkdir('bench/results', { recursive: true });
for (const name of names.length ? names : Object.keys(BENCHES)) {
  console.log(`bench ${name}…`);
  const result = await BENCHES[name]!();
  const file = `bench/results/${name}.json`;
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`${file}: ${JSON.stringify(result)}`);
}
