import { writeFile } from 'node:fs/promises';
import { scenarioJsonSchema } from '../../shared/scenario/scenarioJsonSchema';

export const SCHEMA_FILE = 'scenarios/scenario.schema.json';

export function scenarioSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(SCHEMA_FILE, scenarioSchemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
