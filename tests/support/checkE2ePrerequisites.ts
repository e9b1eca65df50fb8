import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, clientDistDir } from './paths';

/**
 * Throws a message saying what to do when the E2E tests cannot run: no Chromium, or no built
 * client. The tests must fail loudly in that case, never be skipped.
 */
export function checkE2ePrerequisites(): void {
  const problems: string[] = [];
  if (!isExecutable(chromiumPath)) {
    problems.push(
      `Chromium not found at ${chromiumPath}. Install it with: apt-get update && apt-get install -y chromium — or set CHROMIUM_PATH`,
    );
  }
  if (!existsSync(join(clientDistDir, 'index.html'))) {
    problems.push(
      `The built client is missing (${join(clientDistDir, 'index.html')}). Build it with: npx vite build — npm run test:e2e does it for you`,
    );
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
