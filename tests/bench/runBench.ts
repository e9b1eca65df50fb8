import { mkdir, writeFile } from 'node:fs/promises';
import { crmBench } from './crmBench';
import { scenariosBench } from './scenariosBench';

/** `npm run bench [-- name…]`: runs the named benchmarks (all by default), writes bench/results/<name>.json. */
const BENCHES: Record<string, () => Promise<Record<string, number>>> = {
  scenarios: scenariosBench,
  crm: crmBench,
};

const names = process.argv.slice(2);
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
