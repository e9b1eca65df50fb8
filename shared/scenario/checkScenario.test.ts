import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from './checkScenario';
import type { Diagnostic } from './diagnostic';
import { formatDiagnostic } from './diagnostic';

const FILE = 'scenarios/support/mini.scenario.yaml';
const MINI = readFileSync('tests/fixtures/scenarios/mini.scenario.yaml', 'utf8');

/** The fixture with `from` replaced by `to` (which must occur exactly once). */
function mutate(from: string, to: string): string {
  expect(MINI.split(from)).toHaveLength(2);
  return MINI.replace(from, to);
}

/** 1-based line and column of `needle` (the n-th occurrence) in `text`. */
function placeOf(text: string, needle: string, occurrence = 1): { line: number; col: number } {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) offset = text.indexOf(needle, offset + 1);
  expect(offset).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
}

function errorsOf(text: string): Diagnostic[] {
  return checkScenarioText(text, FILE).diagnostics.filter((d) => d.severity === 'error');
}

function onlyError(text: string): Diagnostic {
  const errors = errorsOf(text);
  expect(errors.map(formatDiagnostic)).toHaveLength(1);
  return errors[0]!;
}

describe('checkScenario', () => {
  it('accepts the fixture, with no diagnostic at all', () => {
    const result = checkScenarioText(MINI, FILE);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.scenario?.id).toBe('mini');
  });

  it('explains a tab used as indentation', () => {
    const text = mutate('  name: Mme Test', '\tname: Mme Test');
    const d = errorsOf(text)[0]!;
    expect(d).toMatchObject({ file: FILE, ...placeOf(text, '\tname'), code: 'yaml-tab-as-indent' });
    expect(d.message).toContain('tabulation');
  });

  it('explains an unquoted colon inside braces', () => {
    const text = mutate('label: Service transport,', 'label: Service: transport,');
    const d = errorsOf(text)[0]!;
    expect(d.line).toBe(placeOf(text, 'Service: transport').line);
    expect(d.message).toContain('« : »');
    expect(d.hint).toContain('guillemets');
  });

  it('explains a question mark opening a text inside braces', () => {
    const text = mutate('label: Service transport,', 'label: ? Transport,');
    const d = errorsOf(text)[0]!;
    expect(d.line).toBe(placeOf(text, '? Transport').line);
    expect(d.message).toContain('« ? »');
  });

  it('explains a missing space after a dash', () => {
    const text = mutate('      - id: charte\n        say: Bonjour madame, Maison Test, Julie à votre écoute.\n        goto: recherche\n        evidence: [+RCD-02]\n      - say: Oui ?',
      '      -say: Oui ?');
    const errors = errorsOf(text);
    expect(errors.some((e) => /tiret/.test(`${e.message} ${e.hint}`))).toBe(true);
  });

  it('names an unknown key and suggests the right one', () => {
    const text = mutate('    customer_events:', '    customer_event:');
    const d = onlyError(text);
    expect(d).toMatchObject({ code: 'unknown-key', ...placeOf(text, 'customer_event:') });
    expect(d.hint).toBe('vouliez-vous dire « customer_events » ?');
  });

  it('suggests snake_case for a camelCase key', () => {
    const text = mutate('hang_up: { goto: perdue', 'hangUp: { goto: perdue');
    const errors = errorsOf(text);
    const unknown = errors.find((e) => e.code === 'unknown-key')!;
    expect(unknown.hint).toBe('vouliez-vous dire « hang_up » ?');
    expect(errors.some((e) => e.code === 'missing-key' && e.message.includes('hang_up'))).toBe(true);
  });

  it('names a missing key', () => {
    const text = mutate('start: accueil\n', '');
    const d = onlyError(text);
    expect(d).toMatchObject({ code: 'missing-key', line: placeOf(text, 'format: 1').line });
    expect(d.message).toContain('« start »');
  });

  it('points at a goto to a step that does not exist', () => {
    const text = mutate('        goto: solution', '        goto: solutoin');
    const d = onlyError(text);
    expect(d).toMatchObject({ code: 'unknown-target', ...placeOf(text, 'solutoin') });
    expect(d.hint).toBe('vouliez-vous dire « solution » ?');
  });

  it('still reports the other faults of a file with an unknown goto', () => {
    const text = mutate('        goto: solution', '        goto: solutoin').replace('evidence: [+RCD-17]', 'evidence: [+RDC-17]');
    expect(errorsOf(text).map((d) => d.code).sort()).toEqual(['unknown-competency', 'unknown-target']);
  });

  it('finds a step no path reaches', () => {
    const text = mutate('  solution:\n', '  orpheline:\n    options:\n      - { say: Bonjour, goto: resolue, evidence: [+RCD-02] }\n  solution:\n');
    const d = onlyError(text);
    expect(d).toMatchObject({ code: 'unreachable-step', ...placeOf(text, 'orpheline') });
  });

  it('finds a step from which no ending can be reached', () => {
    const text = mutate('        goto: recherche\n        evidence: [+RCD-18]', '        goto: colere\n        evidence: [+RCD-18]');
    const d = onlyError(text);
    expect(d).toMatchObject({ code: 'dead-end-step', ...placeOf(text, 'colere:', 1) });
  });

  it('finds an ending no path reaches', () => {
    const text = mutate('  transferee: { outcome: transferred }', '  transferee: { outcome: transferred }\n  jamais: { outcome: no-sale }');
    const d = onlyError(text);
    expect(d).toMatchObject({ code: 'unreachable-ending', ...placeOf(text, 'jamais') });
  });

  it('names an unknown competency and suggests the closest', () => {
    const text = mutate('evidence: [+RCD-17]', 'evidence: [+RDC-17]');
    const d = onlyError(text);
    expect(d).toMatchObject({ code: 'unknown-competency', ...placeOf(text, '+RDC-17') });
    expect(d.hint).toBe('vouliez-vous dire « RCD-17 » ?');
  });

  it('finds duplicate ids', () => {
    const sameName = mutate('  transferee: { outcome: transferred }', '  transferee: { outcome: transferred }\n  colere: { outcome: customer-lost }');
    expect(errorsOf(sameName).find((e) => e.code === 'duplicate-id')).toMatchObject(placeOf(sameName, 'colere: { outcome'));
    const twoCustomers = mutate('    - { id: C-1, name: Test, phone: "06 12 34 56 78" }', '    - { id: C-1, name: Test }\n    - { id: C-1, name: Autre }');
    expect(onlyError(twoCustomers)).toMatchObject({ code: 'duplicate-id', ...placeOf(twoCustomers, 'C-1', 3) });
  });

  it('finds an unknown CRM fixture reference', () => {
    const text = mutate('requires: [viewed order CMD-1]', 'requires: [viewed order CMD-2]');
    const d = onlyError(text);
    expect(d).toMatchObject({ code: 'unknown-fixture', ...placeOf(text, 'viewed order CMD-2') });
    expect(d.hint).toBe('vouliez-vous dire « CMD-1 » ?');
  });

  it('finds an unknown verb in a CRM fact', () => {
    const d = onlyError(mutate('requires: [created note]', 'requires: [crated note]'));
    expect(d).toMatchObject({ code: 'bad-fact', hint: 'vouliez-vous dire « created » ?' });
  });

  it('refuses a timer that is not a positive duration', () => {
    const zero = mutate('after: 8 s', 'after: 0 s');
    expect(onlyError(zero)).toMatchObject({ code: 'bad-duration', ...placeOf(zero, ' 0 s'), col: placeOf(zero, ' 0 s').col + 1 });
    const words = mutate('after: 8 s', 'after: bientôt');
    const d = onlyError(words);
    expect(d).toMatchObject({ code: 'bad-duration', ...placeOf(words, 'bientôt') });
    expect(d.hint).toContain('40 s');
  });

  it('refuses a step timer with no duration anywhere', () => {
    const text = mutate('      patience: { after: 90 s,', '      silence: { customer: "Allô ?" }\n      patience: { after: 90 s,');
    const withDefault = onlyError(text.replace('  silence: { after: 8 s, customer: "Allô ?", evidence: [-RCD-21] }\n', ''));
    expect(withDefault).toMatchObject({ code: 'missing-duration' });
    expect(errorsOf(text)).toEqual([]); // the scenario's default gives it one
  });

  it('requires evidence on every response option', () => {
    const text = mutate('        evidence: [-RCD-02]', '        evidence: []');
    expect(onlyError(text)).toMatchObject({ code: 'option-without-evidence', ...placeOf(text, '[]') });
  });

  it('requires the French text', () => {
    const text = mutate('say: Je comprends, je regarde tout de suite.', 'say: { en: "I understand, I am looking right now." }');
    expect(onlyError(text)).toMatchObject({ code: 'missing-french', ...placeOf(text, '{ en: "I understand') });
  });

  it('refuses a positive blocker', () => {
    const text = mutate('evidence: [+RCD-25, +RCD-20]', 'evidence: [{ competency: +RCD-25, blocker: true }]');
    expect(onlyError(text)).toMatchObject({ code: 'positive-blocker' });
  });

  it('warns, without failing, when evidence names a competency the scenario does not target', () => {
    const result = checkScenarioText(mutate('evidence: [+RCD-17]', 'evidence: [+RCD-05]'), FILE);
    expect(result.scenario).toBeDefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'untargeted-competency' })]);
  });

  it('formats a diagnostic as file:line:col with severity, message and hint', () => {
    const d = onlyError(mutate('        goto: solution', '        goto: solutoin'));
    expect(formatDiagnostic(d)).toMatch(/^scenarios\/support\/mini\.scenario\.yaml:\d+:\d+ erreur : .+ \(vouliez-vous dire « solution » \?\)$/);
  });
});

describe('checkScenario, outbound calls', () => {
  const OUTBOUND = readFileSync('tests/fixtures/scenarios/sortant-mini.scenario.yaml', 'utf8');
  it('accepts the outbound fixture', () => {
    expect(checkScenarioText(OUTBOUND, 'sortant-mini.scenario.yaml').diagnostics.map(formatDiagnostic)).toEqual([]);
  });
  it('refuses dialling in an inbound call, and an outbound dial without its call section', () => {
    const inbound = OUTBOUND.replace('direction: outbound', 'direction: inbound');
    expect(errorsOf(inbound).map((d) => d.code).sort()).toEqual(['call-inbound', 'dial-inbound']);
    const noCall = OUTBOUND.replace(/^call:\n( {2}.*\n)+/m, '');
    expect(errorsOf(noCall).map((d) => d.code)).toEqual(['dial-without-call']);
  });
  it('names an unknown time zone', () => {
    const text = OUTBOUND.replace('time_zone: Europe/Paris', 'time_zone: Europe/Pariss');
    expect(errorsOf(text)).toEqual([expect.objectContaining({ code: 'bad-time-zone', ...placeOf(text, 'Europe/Pariss') })]);
  });
});
