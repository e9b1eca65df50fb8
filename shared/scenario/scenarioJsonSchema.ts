import { z } from 'zod';
import { FORMAT_VERSION, scenarioSchema } from './scenarioSchema';

/** The JSON Schema of the scenario format, generated from the zod schema so the two never drift. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { target: 'draft-7' }),
    $id: 'https://plateau.local/scenario.schema.json',
    title: `Scénario Plateau (format ${FORMAT_VERSION})`,
    description: 'Un appel scénarisé pour Plateau. Guide : scenarios/README.md',
  };
}
