import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const SCENARIO_FILE = /\.scenario\.ya?ml$/;

/** Every `*.scenario.yaml` under the given files or folders, sorted, each once. */
export async function findScenarioFiles(paths: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const visit = async (path: string): Promise<void> => {
    const info = await stat(path);
    if (info.isFile()) {
      found.add(path);
      return;
    }
    const entries = await readdir(path, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const child = join(path, entry.name);
      if (entry.isDirectory()) await visit(child);
      else if (SCENARIO_FILE.test(entry.name)) found.add(child);
    }
  };
  for (const path of paths) await visit(path);
  return [...found].sort();
}
