import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../scenario/checkScenario';
import { createPracticeSession, describeSession, serveCrmRequest } from './practiceSession';

const mini = checkScenarioText(readFileSync('tests/fixtures/scenarios/mini.scenario.yaml', 'utf8'), 'mini.scenario.yaml').scenario!;
const onDay = { ...mini, date: '2026-12-02' };

describe('practiceSession', () => {
  it('keeps the CRM on the scenario\'s business day, whatever the real date', () => {
    const playedLater = new Date('2027-03-15T09:00:00+01:00');
    const session = createPracticeSession('s-1', onDay, playedLater);
    expect(describeSession(session)).toMatchObject({ id: 's-1', scenarioId: 'mini', title: 'Mini scénario de test', direction: 'inbound', today: '2026-12-02' });
    // A callback for the day after the scenario's day is in the future for the scenario's clock.
    const callback = serveCrmRequest(
      session,
      { method: 'POST', path: '/callbacks', query: {}, body: { customerId: 'C-1', dueAt: '2026-12-03T10:00:00+01:00', assignee: 'Julie', about: 'Rappeler pour le suivi' } },
      playedLater,
    );
    expect(callback.status).toBe(201);
    expect(session.crmEvents[0]?.at.slice(0, 10)).toBe('2026-12-02');
  });

  it('logs every request, refused ones too, and tells the scenario what the candidate saw', () => {
    const session = createPracticeSession('s-2', onDay, new Date('2026-12-02T09:00:00+01:00'));
    const at = new Date('2026-12-02T09:01:00+01:00');
    expect(serveCrmRequest(session, { method: 'GET', path: '/orders/CMD-1', query: {} }, at).status).toBe(200);
    expect(serveCrmRequest(session, { method: 'POST', path: '/notes', query: {}, body: { customerId: 'C-1' } }, at).status).toBe(422);
    expect(session.actions.map((a) => [a.seq, a.action.status, a.action.summary.fr.split(' :')[0]])).toEqual([
      [1, 200, 'A consulté la commande CMD-1'],
      [2, 422, 'Refusé — rédiger une note d’appel'],
    ]);
    expect(session.run.snapshot.context.facts).toEqual(['viewed order CMD-1']);
  });

  it('answers as the scenario says: down refuses everything, failing refuses every write but reads', () => {
    const at = new Date('2026-12-02T09:01:00+01:00');
    const down = createPracticeSession('s-3', { ...onDay, steps: { ...onDay.steps, accueil: { ...onDay.steps.accueil!, crm_status: 'down' } } }, at);
    expect(serveCrmRequest(down, { method: 'GET', path: '/customers', query: { q: 'test' } }, at)).toMatchObject({ status: 503, body: { error: { code: 'crm.down' } } });
    const failing = createPracticeSession('s-4', { ...onDay, steps: { ...onDay.steps, accueil: { ...onDay.steps.accueil!, crm_status: 'failing' } } }, at);
    expect(serveCrmRequest(failing, { method: 'GET', path: '/orders/CMD-1', query: {} }, at).status).toBe(200);
    const note = { customerId: 'C-1', author: 'Julie', direction: 'inbound', text: 'Appel traité.' };
    expect(serveCrmRequest(failing, { method: 'POST', path: '/notes', query: {}, body: note }, at)).toMatchObject({ status: 500, body: { error: { code: 'crm.failing' } } });
    expect(failing.crmEvents).toEqual([]);
    expect(failing.actions.map((a) => a.action.status)).toEqual([200, 500]);
    expect(failing.run.snapshot.context.facts).toEqual(['viewed order CMD-1']);
  });
});
