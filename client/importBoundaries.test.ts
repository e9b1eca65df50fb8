import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// The house plan's boundaries, checked by reading import lines:
// client/ never imports server/, and client/ui/ never imports client/features/.
const clientDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(clientDir, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Repository-relative targets of the relative imports of a file. */
function importTargets(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map((match) => match[1] ?? match[2] ?? '')
    .filter((specifier) => specifier.startsWith('.'));
  return specifiers.map((specifier) => relative(repoRoot, resolve(dirname(file), specifier)).split('\\').join('/'));
}

describe('client import boundaries', () => {
  const files = sourceFiles(clientDir);

  test('finds the client sources (the check is not vacuous)', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.some((file) => importTargets(file).some((target) => target.startsWith('client/features/')))).toBe(true);
  });

  test('client/ never imports server/', () => {
    const offenders = files.flatMap((file) =>
      importTargets(file)
        .filter((target) => target === 'server' || target.startsWith('server/'))
        .map((target) => `${relative(repoRoot, file)} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  test('client/ui/ never imports client/features/', () => {
    const offenders = sourceFiles(join(clientDir, 'ui')).flatMap((file) =>
      importTargets(file)
        .filter((target) => target.startsWith('client/features'))
        .map((target) => `${relative(repoRoot, file)} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });
});
