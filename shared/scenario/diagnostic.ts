export type Severity = 'error' | 'warning';

/** One finding about a scenario file, pointing at the exact place a trainer must look. */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: Severity;
  /** Stable identifier for tools and tests, e.g. "unknown-key". */
  code: string;
  /** Plain French, for the trainer. */
  message: string;
  hint?: string;
}

const SEVERITY_FR: Record<Severity, string> = { error: 'erreur', warning: 'avertissement' };

/** `file:line:col erreur : message (hint)`, one line. */
export function formatDiagnostic(d: Diagnostic): string {
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${d.file}:${d.line}:${d.col} ${SEVERITY_FR[d.severity]} : ${d.message}${hint}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
