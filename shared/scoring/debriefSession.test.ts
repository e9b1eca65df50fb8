import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CallCommand } from '../protocol/callProtocol';
import { checkScenarioText } from '../scenario/checkScenario';
import { advanceSession, applyCallCommand } from '../session/applyCallCommand';
import { createPracticeSession, serveCrmRequest } from '../session/practiceSession';
import type { Scenario } from '../scenario/scenarioSchema';
import { debriefSession, isCallFinished } from './debriefSession';

const load = (file: string): Scenario => checkScenarioText(readFileSync(`tests/fixtures/scenarios/${file}`, 'utf8'), file).scenario!;
const mini: Scenario = { ...load('mini.scenario.yaml'), date: '2026-12-02' };
const sortant = load('sortant-mini.scenario.yaml');

const T0 = Date.parse('2026-12-02T09:00:00+01:00');
type Command = CallCommand extends infer C ? (C extends { id: string } ? Omit<C, 'id'> : never) : never;

/** A session driven through the pure session functions (as the socket handler does) at T0 + `s` seconds. */
function play(scenario = mini, mode: 'guided' | 'exam' = 'exam') {
  const session = createPracticeSession('s-1', scenario, new Date(T0), { mode });
  const at = (s: number) => T0 + Math.round(s * 1000);
  let count = 0;
  return {
    session,
    command(s: number, command: Command) {
      advanceSession(session, at(s));
      const ack = applyCallCommand(session, { id: `cmd-${String(++count).padStart(6, '0')}`, ...command } as CallCommand, at(s));
      expect(ack, `${command.type} at ${s} s`).toMatchObject({ ok: true });
    },
    say(s: number, option: string) {
      this.command(s, { type: 'dialogue.choose', option });
    },
    crm(s: number, method: string, path: string, body?: unknown) {
      return serveCrmRequest(session, { method, path, query: {}, ...(body !== undefined ? { body } : {}) }, new Date(at(s)));
    },
    speech(from: number, to: number) {
      this.command(from, { type: 'voice.speechStart', agoMs: 0 });
      this.command(to, { type: 'voice.speechEnd', agoMs: 0 });
    },
    debrief: () => debriefSession(session),
  };
}

const note = { customerId: 'C-1', author: 'Julie', direction: 'inbound', text: 'Commande CMD-1 partie hier, cliente informée.' };

describe('debriefSession', () => {
  it('ties each piece of evidence to its competency, time and readable source, and the voice metrics to theirs', () => {
    const unfinished = play();
    unfinished.command(2, { type: 'call.answer' });
    unfinished.say(9, 'charte');
    expect(isCallFinished(unfinished.session, T0 + 10_000)).toBe(false);

    const finished = play();
    finished.command(0, { type: 'call.answer' });
    finished.speech(1.5, 2);
    finished.say(4, 'charte');
    finished.speech(6, 7);
    finished.crm(8, 'GET', '/orders/CMD-1');
    finished.say(10, 'annonce');
    finished.crm(12, 'POST', '/notes', note);
    finished.say(14, '1');
    expect(isCallFinished(finished.session, T0 + 15_000)).toBe(false);
    // The after-call work: closed by the candidate, or by its time running out.
    expect(isCallFinished(finished.session, T0 + 14_000 + 120_000)).toBe(true);
    finished.command(20, { type: 'wrapUp.finish' });
    expect(isCallFinished(finished.session, T0 + 20_000)).toBe(true);
    const debrief = finished.debrief();

    expect(debrief).toMatchObject({
      sessionId: 's-1',
      scenario: { id: 'mini', direction: 'inbound', targetDurationMs: 240_000 },
      mode: 'exam',
      ending: { id: 'resolue', outcome: 'issue-resolved', outcomeLabel: { fr: 'Problème résolu' } },
      verdict: { passed: true, blockers: [] },
      times: { durationMs: 14_000 },
    });
    expect(debrief.competencies.map((c) => c.id)).toEqual(['RCD-02', 'RCD-04', 'RCD-17', 'RCD-20', 'RCD-25']);
    const greeting = debrief.competencies[0]!;
    expect(greeting.title.fr).toBe('Accueillir un appel entrant selon la charte de l’entreprise');
    expect(greeting.evidence).toEqual([
      {
        competency: 'RCD-02',
        positive: true,
        weight: 1,
        blocker: false,
        note: null,
        atMs: 4000,
        source: { kind: 'option', step: 'accueil', ref: 'charte', text: { fr: '« Bonjour madame, Maison Test, Julie à votre écoute. »', en: '“Bonjour madame, Maison Test, Julie à votre écoute.”' } },
      },
    ]);
    const found = debrief.competencies.find((c) => c.id === 'RCD-04')!.evidence[0]!;
    expect(found).toMatchObject({ atMs: 8000, source: { kind: 'crm', text: { fr: expect.stringContaining('A consulté la commande CMD-1') } } });
    // Voice was measured: no metric rule fires on so few answers, and the customer spoke first.
    expect(debrief.voice).toMatchObject({ measured: true, interruptions: [{ at: 1500, line: 0 }], silenceThresholdMs: 8000 });
    expect(debrief.fiche.fr.actions).toContain('J’ai dit : « Bonjour madame, Maison Test, Julie à votre écoute. »');
    expect(debrief.fiche.fr.actions).toContain('Dans le CRM : A rédigé la note d’appel');
    expect(debrief.fiche.fr.result).toContain('Problème résolu');
    expect(debrief.fiche.en.situation).toContain('Inbound call — Mini scénario de test');
    expect(debrief.fiche.fr.analysis).toContain('RCD-02 Accueillir un appel entrant');
    // JSON-serialisable as it is.
    expect(JSON.parse(JSON.stringify(debrief))).toEqual(debrief);
  });

  it('turns clear voice signals into conservative metric evidence: interruptions against listening, quick answers for responsiveness', () => {
    const call = play();
    call.command(0, { type: 'call.answer' });
    // The first customer line ("Bonjour, ma commande n'est pas arrivée.", 39 chars ≈ 2.8 s): cut in twice.
    call.speech(1, 1.5);
    call.speech(2, 2.2);
    call.say(4, 'charte');
    const interrupted = call.debrief();
    const listening = interrupted.competencies.find((c) => c.id === 'RCD-06');
    expect(listening?.evidence).toEqual([
      expect.objectContaining({ positive: false, atMs: 1000, source: expect.objectContaining({ kind: 'metric', ref: 'interruptions', text: { fr: 'A coupé la parole au client 2 fois', en: 'Interrupted the customer 2 times' } }) }),
    ]);

    const quick = play();
    quick.command(0, { type: 'call.answer' });
    quick.speech(3.5, 5);
    quick.say(5, 'charte');
    quick.crm(5.5, 'GET', '/orders/CMD-1');
    // "C'est la commande CMD-1." plays 5 → 6.7 s, then "Vous la trouvez ?" 6.7 → 7.9 s.
    quick.speech(8.5, 10);
    quick.say(10, 'annonce');
    quick.speech(12.5, 14);
    const debrief = quick.debrief();
    expect(debrief.voice.latencies?.length).toBe(3);
    expect(debrief.voice.medianLatencyMs).toBeLessThanOrEqual(2000);
    expect(debrief.competencies.find((c) => c.id === 'RCD-21')?.evidence[0]).toMatchObject({ positive: true, source: { kind: 'metric', ref: 'response-latency' } });
    expect(debrief.competencies.find((c) => c.id === 'RCD-06')?.evidence[0]).toMatchObject({ positive: true, source: { ref: 'interruptions' } });
  });

  it('gives no voice evidence when voice was not measured', () => {
    const call = play();
    call.command(0, { type: 'call.answer' });
    call.say(4, 'charte');
    const debrief = call.debrief();
    expect(debrief.voice.measured).toBe(false);
    expect(debrief.competencies.flatMap((c) => c.evidence).filter((e) => e.source.kind === 'metric')).toEqual([]);
  });

  it('counts a call note written during the wrap-up for RCD-25, and a missing one against it once the wrap-up is closed', () => {
    const call = play();
    call.command(0, { type: 'call.answer' });
    call.say(3, 'charte');
    call.command(20, { type: 'call.hangUp' });
    expect(call.debrief().competencies.find((c) => c.id === 'RCD-25')).toBeUndefined();
    call.command(60, { type: 'wrapUp.finish' });
    expect(call.debrief().competencies.find((c) => c.id === 'RCD-25')?.evidence).toMatchObject([
      { positive: false, source: { kind: 'after-call', text: { fr: 'Aucune note d’appel rédigée dans le CRM' } } },
    ]);

    const written = play();
    written.command(0, { type: 'call.answer' });
    written.command(20, { type: 'call.hangUp' });
    written.crm(45, 'POST', '/notes', note);
    written.command(60, { type: 'wrapUp.finish' });
    const debrief = written.debrief();
    expect(debrief.competencies.find((c) => c.id === 'RCD-25')?.evidence).toMatchObject([
      { positive: true, atMs: 45_000, source: { kind: 'after-call', text: { fr: expect.stringContaining('A rédigé la note d’appel') } } },
    ]);
    expect(debrief.competencies.find((c) => c.id === 'RCD-20')?.evidence[0]).toMatchObject({ positive: false, atMs: 20_000, source: { kind: 'hang-up' } });
  });

  it('reports the law findings of an outbound call, fails it on a blocker, and states the coverage honestly', () => {
    const call = play(sortant);
    const dialAt = T0 + 30_000;
    call.command(25, { type: 'call.dial', number: '01 23 45 67 89' });
    call.command(30, { type: 'call.dial', number: '06 98 76 54 32' });
    call.say(35, '1');
    const debrief = call.debrief();
    expect(debrief.times.connectedAt).toBe(new Date(dialAt).toISOString());
    expect(debrief.ending).toMatchObject({ id: 'appel-interrompu', outcome: 'no-sale' });
    expect(debrief.compliance.outbound).toBe(true);
    const breaches = debrief.compliance.findings.filter((f) => !f.ok);
    expect(breaches.length).toBeGreaterThan(0);
    expect(breaches[0]!.title.fr.length).toBeGreaterThan(0);
    const blocking = breaches.filter((f) => f.blocker);
    expect(debrief.verdict.passed).toBe(blocking.length === 0);
    expect(debrief.verdict.blockers.map((b) => b.source.ref)).toEqual(blocking.map((f) => f.rule));
    expect(debrief.competencies.find((c) => c.id === 'RCD-01')?.evidence.some((e) => e.source.kind === 'law' && e.atMs === 0)).toBe(true);

    expect(debrief.coverage).toMatchObject({ total: 26, threshold: 22 });
    expect(debrief.coverage.scenarioRcd).toEqual(expect.arrayContaining(['RCD-01', 'RCD-03', 'RCD-20', 'RCD-06', 'RCD-21', 'RCD-22']));
    expect(debrief.coverage.observedRcd).toEqual(['RCD-01', 'RCD-20']);
    expect(debrief.coverage.statement.fr).toContain('22 compétences acquises sur 26');
    expect(debrief.coverage.statement.fr).toContain('ne valide ni n’invalide');
  });

  it('reads older sessions without a call state, a call log or a mode', () => {
    const { call: _call, callLog: _log, mode: _mode, ...session } = createPracticeSession('s-2', mini, new Date(T0));
    session.run.send({ type: 'candidate.answer', option: 'charte' }, T0 + 3000);
    expect(isCallFinished(session, T0 + 3000)).toBe(false);
    const debrief = debriefSession(session);
    expect(debrief).toMatchObject({ mode: 'guided', ending: null, verdict: { passed: false } });
    expect(debrief.competencies[0]).toMatchObject({ id: 'RCD-02', evidence: [{ atMs: 3000 }] });
  });
});
