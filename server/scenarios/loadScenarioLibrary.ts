import { readFile } from 'node:fs/promises';
import { checkScenarioText } from '../../shared/scenario/checkScenario';
import type { CheckResult } from '../../shared/scenario/checkScenario';
import { findScenarioFiles } from './findScenarioFiles';

export interface LibraryEntry extends CheckResult {
  file: string;
  text: string;
}

/** Reads and checks every scenario file under `paths`, in file order. */
export async function loadScenarioLibrary(paths: readonly string[]): Promise<LibraryEntry[]> {
  const files = await findScenarioFiles(paths);
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(file, 'utf8');
      return { file, text, ...checkScenarioText(text, file) };
    }),
  );
}
