import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh event-store file in its own temporary folder, removed when the process exits. */
export function tempDataFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plateau-data-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'plateau.sqlite');
}
