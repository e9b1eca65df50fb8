// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { examGrid } from '../../../shared/exam/examGrid';
import type { LoggedEvent, PublicUser } from '../../../shared/protocol/examProtocol';
import { click, renderForTest, waitFor, type Rendered } from '../../testing/renderForTest';
import { GridPanel } from './GridPanel';

const president: PublicUser = { id: 'u-pres', login: 'pres', name: 'Claire Martin', role: 'examiner' };
const second: PublicUser = { id: 'u-two', login: 'two', name: 'Paul Durand', role: 'examiner' };
let seq = 0;
const event = (type: string, payload: unknown, author: string | null, at = Date.UTC(2026, 5, 3, 9, 0, seq)): LoggedEvent => ({
  seq: ++seq,
  sessionId: 'exam-1',
  sessionSeq: seq,
  clientEventId: null,
  type,
  payload,
  at,
  role: author ? 'examiner' : 'system',
  author,
});

function gridOf(events: LoggedEvent[]) {
  return examGrid({ examEvents: events, users: [president, second], calls: [] });
}

const created = () =>
  event(
    'exam.created',
    { candidateName: 'Ana Lopes', scenarioIds: ['s1'], customerMode: 'scripted', timeFactor: 1, jury: ['u-two'], createdBy: 'u-pres', president: 'u-pres', code: 'K7M-4QX', codeExpiresAt: 0, scenarioHashes: {} },
    'u-pres',
  );

describe('GridPanel', () => {
  let view: Rendered | undefined;
  afterEach(() => {
    view?.unmount();
    view = undefined;
  });

  test('shows every examiner’s signed mark, the block results, and sends this examiner’s mark', async () => {
    seq = 0;
    const events = [created(), event('mark.set', { competency: 'RCD-01', decision: 'acquired', comment: 'Accueil soigné' }, 'u-two')];
    const send = vi.fn(async () => ({ ok: true as const, seq: 10, duplicate: false }));
    view = await renderForTest(<GridPanel grid={gridOf(events)} you={president} send={send} />);

    const row = view.container.querySelector('[data-testid="grid-row-RCD-01"]')!;
    expect(row.textContent).toContain('Paul Durand\u00a0: acquise, à');
    expect(row.textContent).toContain('Accueil soigné');
    expect(row.querySelector('[data-testid="grid-resolution"]')!.textContent).toBe('décision\u00a0: acquise');
    const blocks = view.container.querySelector('[data-testid="block-results"]')!.textContent!;
    expect(blocks).toContain('1 acquises sur 26 (seuil 22)');

    const notAcquired = [...row.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((input) => input.value === 'not-acquired')!;
    await click(notAcquired);
    const comment = row.querySelector('textarea')!;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(comment, 'Pas de reformulation');
      comment.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(row.querySelector('button[type="submit"]')!);
    expect(send).toHaveBeenCalledWith('mark:set', { competency: 'RCD-01', decision: 'not-acquired', comment: 'Pas de reformulation' });
    await waitFor(() => expect(row.querySelector('[role="status"]')!.textContent).toBe('Enregistré'));
  });

  test('the final decision form is the president’s only; a refusal is shown', async () => {
    seq = 0;
    const events = [created()];
    const send = vi.fn(async () => ({ ok: false as const, error: { code: 'exam.notPresident', message: { fr: 'Réservé au président', en: 'President only' } } }));
    view = await renderForTest(<GridPanel grid={gridOf(events)} you={second} send={send} />);
    const decision = view.container.querySelector('[data-testid="final-decision"]')!;
    expect(decision.querySelector('form')).toBeNull();
    expect(decision.textContent).toContain('elle revient au président (Claire Martin)');
    view.unmount();

    view = await renderForTest(<GridPanel grid={gridOf(events)} you={president} send={send} />);
    const form = view.container.querySelector('[data-testid="final-decision"] form')!;
    await click(form.querySelector('button[type="submit"]')!);
    expect(send).toHaveBeenCalledWith('decision:record', { decision: 'admis', comment: '' });
    await waitFor(() => expect(form.querySelector('[role="status"]')!.textContent).toBe('Refusé\u00a0: Réservé au président'));
  });

  test('a recorded decision and the audit trail with the previous value', async () => {
    seq = 0;
    const events = [
      created(),
      event('mark.set', { competency: 'RCD-02', decision: 'acquired', comment: '' }, 'u-pres'),
      event('mark.set', { competency: 'RCD-02', decision: 'not-observed', comment: '' }, 'u-pres'),
      event('decision.recorded', { decision: 'ajourne', comment: 'Bloc RCD incomplet' }, 'u-pres'),
    ];
    view = await renderForTest(<GridPanel grid={gridOf(events)} you={president} send={vi.fn()} />);
    expect(view.container.querySelector('[data-testid="final-decision"]')!.textContent).toContain('Décision\u00a0: ajourné, par Claire Martin');
    const audit = view.container.querySelector('.grid-panel__audit')!;
    expect(audit.querySelector('summary')!.textContent).toBe('Historique des modifications (3)');
    expect(audit.textContent).toContain('RCD-02\u00a0: non observée (auparavant\u00a0: acquise)');
  });
});
