import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import type { Diagnostic } from './diagnostic';
import { yamlErrorMessage } from './yamlErrorMessage';

export type YamlPath = readonly (string | number)[];

export interface Position {
  line: number;
  col: number;
}

/** A scenario file read as YAML, with the position of every node kept for diagnostics. */
export interface ParsedScenario {
  file: string;
  text: string;
  /** The plain data, or undefined when the YAML could not be read at all. */
  data: unknown;
  /** YAML syntax errors (the data may still be partly usable). */
  diagnostics: Diagnostic[];
  /** Where a value (or, with `key`, its key) stands; falls back to the nearest existing parent. */
  locate(path: YamlPath, options?: { key?: boolean }): Position;
}

export function parseScenario(text: string, file: string): ParsedScenario {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  // After the first syntax error the parser's further errors are mostly echoes of it, so a
  // trainer sees the first one only, except tabs, which are each a real mistake.
  const tabs = doc.errors.filter((error) => error.code === 'TAB_AS_INDENT');
  const reported = tabs.length ? tabs : doc.errors.slice(0, 1);
  const diagnostics: Diagnostic[] = [...reported, ...doc.warnings].map((error) => {
    const { line, col } = position(error.pos[0]);
    const { message, hint } = yamlErrorMessage(error.code, text, error.pos[0]);
    return {
      file,
      line,
      col,
      severity: reported.includes(error as never) ? 'error' : 'warning',
      code: `yaml-${error.code.toLowerCase().replace(/_/g, '-')}`,
      message,
      ...(hint ? { hint } : {}),
    } satisfies Diagnostic;
  });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    data = undefined;
  }
  return {
    file,
    text,
    data,
    diagnostics,
    locate: (path, options) => position(offsetOf(doc, path, options?.key ?? false)),
  };
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
