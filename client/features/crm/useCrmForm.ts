import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { LocalizedText } from '../../../shared/competencies/referential';
import type { CrmCommandResult } from '../../../shared/crm/crmCommandOutcome';
import type { CrmMessageKey } from './crmMessagesFr';
import type { CrmFailure, CrmWriteMethod } from './crmClient';
import { useCrm } from './useCrm';
import { useDelayedFlag } from './useDelayedFlag';

/** A message shown at a field: the CRM's own words, or one of ours (a required field left empty). */
export type FieldMessage = { text: LocalizedText } | { key: CrmMessageKey };

/** What went wrong with the whole request, shown above the form. */
export type FormProblem = { kind: 'refused'; text: LocalizedText } | Exclude<CrmFailure, { kind: 'refused' }>;

export type CrmFormRequest = { method: CrmWriteMethod; path: string; body: unknown };

export interface CrmForm {
  /**
   * Ties the control showing `path` (a dotted path into the payload: 'lines.0.quantity') to the
   * form: `ref` lets a refusal move the focus there, `error` is the message to show at it.
   */
  field(path: string): { ref: (element: HTMLElement | null) => void; error: FieldMessage | undefined };
  /** A refusal no field on screen can show, or a CRM that is down: shown at the top. */
  problem: FormProblem | null;
  problemRef: RefObject<HTMLDivElement | null>;
  submitting: boolean;
  /** Still sending after 300 ms. */
  slow: boolean;
  /** Sends the command; `onDone` gets the number the CRM made. */
  submit(request: CrmFormRequest, onDone: (result: CrmCommandResult) => void): void;
  /** Sends the last command again (after « CRM indisponible »). */
  retry(): void;
  /** Our own checks failed: shows each message at its field and focuses the first one. */
  reject(errors: Readonly<Record<string, CrmMessageKey>>): void;
}

/**
 * A CRM form: sends a command, then shows the CRM's refusal next to the field named in its
 * `field` (or the nearest field above it: 'lines.0.sku' falls back to 'lines.0', then 'lines'),
 * or at the top when no such field is on screen, and moves the focus there.
 */
export function useCrmForm(): CrmForm {
  const { client } = useCrm();
  const fields = useRef(new Map<string, HTMLElement>());
  const problemRef = useRef<HTMLDivElement>(null);
  const last = useRef<{ request: CrmFormRequest; onDone: (result: CrmCommandResult) => void } | null>(null);
  const busy = useRef(false);
  const [errors, setErrors] = useState<Readonly<Record<string, FieldMessage>>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ path: string | null } | null>(null);

  useEffect(() => {
    if (!focusRequest) return;
    const target = focusRequest.path === null ? problemRef.current : fields.current.get(focusRequest.path);
    target?.focus();
  }, [focusRequest]);

  const field = useCallback(
    (path: string) => ({
      ref: (element: HTMLElement | null) => {
        if (element) fields.current.set(path, element);
        else fields.current.delete(path);
      },
      error: errors[path],
    }),
    [errors],
  );

  const send = useCallback(
    (request: CrmFormRequest, onDone: (result: CrmCommandResult) => void) => {
      if (busy.current) return;
      busy.current = true;
      last.current = { request, onDone };
      setSubmitting(true);
      setErrors({});
      setProblem(null);
      void client.write(request.method, request.path, request.body).then((result) => {
        busy.current = false;
        setSubmitting(false);
        if (result.ok) {
          onDone(result.data);
          return;
        }
        const { failure } = result;
        if (failure.kind === 'refused') {
          const path = nearestField(fields.current, failure.refusal.field);
          if (path !== null) {
            setErrors({ [path]: { text: failure.refusal.message } });
            setFocusRequest({ path });
            return;
          }
          setProblem({ kind: 'refused', text: failure.refusal.message });
        } else {
          setProblem(failure);
        }
        setFocusRequest({ path: null });
      });
    },
    [client],
  );

  const retry = useCallback(() => {
    if (last.current) send(last.current.request, last.current.onDone);
  }, [send]);

  const reject = useCallback((found: Readonly<Record<string, CrmMessageKey>>) => {
    const messages = Object.fromEntries(Object.entries(found).map(([path, key]) => [path, { key }]));
    setErrors(messages);
    setProblem(null);
    const first = firstInDocument(fields.current, Object.keys(found));
    setFocusRequest({ path: first });
  }, []);

  const slow = useDelayedFlag(submitting);
  return { field, problem, problemRef, submitting, slow, submit: send, retry, reject };
}

/** The registered field for a refusal's dotted path, or the nearest one above it; null for none. */
export function nearestField(fields: ReadonlyMap<string, unknown>, path: string | undefined): string | null {
  if (path === undefined || path === '') return null;
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const candidate = parts.slice(0, length).join('.');
    if (fields.has(candidate)) return candidate;
  }
  return null;
}

function firstInDocument(fields: ReadonlyMap<string, HTMLElement>, paths: readonly string[]): string | null {
  const present = paths.filter((path) => fields.has(path));
  present.sort((a, b) => (fields.get(a)!.compareDocumentPosition(fields.get(b)!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return present[0] ?? null;
}
