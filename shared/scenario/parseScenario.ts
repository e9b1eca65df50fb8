import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import type { Diagnostic } from './diagnostic';
import { hasErrors } from './diagnostic';
import { yamlErrorMessage } from './yamlErrorMessage';
import { yamlPitfalls } from './yamlPitfalls';

export type YamlPath = readonly (string | number)[];

export interface Position {
  line: number;
  col: number;
}

/** A scenario file read as YAML, with the position of every node kept for diagnostics. */
export interface ParsedScenario {
  file: string;
  text: string;
  /** The plain data, or undefined when the YAML could not be read. */
  data: unknown;
  /** YAML syntax errors. */
  diagnostics: Diagnostic[];
  /** Where a value (or, with `key`, its key) stands; falls back to the nearest existing parent. */
  locate(path: YamlPath, options?: { key?: boolean }): Position;
}

/**
 * Reads a scenario file. Valid files take the fast path (js-yaml, core schema, so dates stay
 * strings as in `yaml`); the position-keeping `yaml` document is built only when a diagnostic
 * needs a place, or when js-yaml refuses the text, to explain the syntax error in French.
 */
export function parseScenario(text: string, file: string): ParsedScenario {
  let document: { doc: Document; lineCounter: LineCounter } | undefined;
  const positions = () => {
    if (!document) {
      const lineCounter = new LineCounter();
      document = { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
    }
    return document;
  };
  const position = (offset: number): Position => {
    const { line, col } = positions().lineCounter.linePos(offset);
    return { line, col };
  };
  const locate = (path: YamlPath, options?: { key?: boolean }) => position(offsetOf(positions().doc, path, options?.key ?? false));

  const pitfalls = yamlPitfalls(text, file);
  try {
    return { file, text, data: load(text, { schema: CORE_SCHEMA, filename: file }), diagnostics: pitfalls, locate };
  } catch {
    // Explained below with the `yaml` parser's error codes.
  }
  const { doc } = positions();
  // After the first syntax error the parser's further errors are mostly echoes of it, so a
  // trainer sees the first one only, except tabs, which are each a real mistake.
  const tabs = doc.errors.filter((error) => error.code === 'TAB_AS_INDENT');
  const reported = tabs.length ? tabs : doc.errors.slice(0, 1);
  const diagnostics: Diagnostic[] = reported.map((error) => {
    const { message, hint } = yamlErrorMessage(error.code, text, error.pos[0]);
    return {
      file,
      ...position(error.pos[0]),
      severity: 'error',
      code: `yaml-${error.code.toLowerCase().replace(/_/g, '-')}`,
      message,
      ...(hint ? { hint } : {}),
    } satisfies Diagnostic;
  });
  diagnostics.push(...pitfalls);
  if (!hasErrors(diagnostics)) {
    // js-yaml refused what `yaml` accepts (an edge of the YAML spec): say so at the top.
    diagnostics.push({ file, line: 1, col: 1, severity: 'error', code: 'yaml-unsupported', message: 'syntaxe YAML non prise en charge', hint: 'simplifiez la structure du fichier' });
  }
  return { file, text, data: undefined, diagnostics, locate };
}

function offsetOf(doc: Document, path: YamlPath, wantKey: boolean): number {
  let node: unknown = doc.contents;
  let lastOffset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment)) as
        | Pair<Node, Node>
        | undefined;
      if (!pair) return lastOffset;
      if (isLast && wantKey) return rangeStart(pair.key) ?? lastOffset;
      lastOffset = rangeStart(pair.key) ?? lastOffset;
      node = pair.value;
      lastOffset = rangeStart(node) ?? lastOffset;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return lastOffset;
      node = isPair(item) ? item.value : item;
      lastOffset = rangeStart(node) ?? lastOffset;
    } else {
      return lastOffset;
    }
  }
  return lastOffset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}
