import { checkE2ePrerequisites } from './checkE2ePrerequisites';

// Playwright requires a default export here (as for playwright.config.ts): the one exception to
// the named-exports rule. It fails the run, never skips it, when Chromium or the build is missing.
export default function globalSetup(): void {
  checkE2ePrerequisites();
}
