import { referential } from '../competencies/referential';
import { closestMatch } from './closestMatch';
import type { Diagnostic, Severity } from './diagnostic';
import { hasErrors } from './diagnostic';
import { parseDuration } from './durations';
import { checkFixtures } from './checkFixtures';
import { eachDuplicate } from './eachDuplicate';
import { forEachEvidence } from './forEachEvidence';
import { forEachText } from './forEachText';
import { hasFrench } from './localizedText';
import type { ParsedScenario, YamlPath } from './parseScenario';
import { parseScenario } from './parseScenario';
import { scenarioDay } from './scenarioDay';
import { scenarioEdges } from './scenarioEdges';
import { scenarioSchema } from './scenarioSchema';
import type { Scenario, ScenarioTimer, TimerKind } from './scenarioSchema';
import { schemaDiagnostics } from './schemaDiagnostics';

export interface CheckOptions {
  /** Competency ids that evidence may name; defaults to the referential's. */
  competencyIds?: ReadonlySet<string>;
}

export interface CheckResult {
  /** Present when the file has no error. */
  scenario?: Scenario;
  diagnostics: Diagnostic[];
}

const DEFAULT_COMPETENCIES = new Set(referential.competencies.map((c) => c.id));
const STEP_ID = /^[a-z0-9][a-z0-9-]*$/;

export function checkScenarioText(text: string, file: string, options?: CheckOptions): CheckResult {
  return checkScenario(parseScenario(text, file), options);
}

/** Every diagnostic of a parsed scenario file: YAML syntax, then keys and types, then meaning. */
export function checkScenario(parsed: ParsedScenario, options: CheckOptions = {}): CheckResult {
  if (hasErrors(parsed.diagnostics) || parsed.data === undefined) return { diagnostics: sortByPlace(parsed.diagnostics) };
  const result = scenarioSchema.safeParse(parsed.data);
  if (!result.success) {
    return { diagnostics: sortByPlace([...parsed.diagnostics, ...schemaDiagnostics(parsed, scenarioSchema, result.error.issues)]) };
  }
  const diagnostics = [...parsed.diagnostics, ...semanticDiagnostics(parsed, result.data, options.competencyIds ?? DEFAULT_COMPETENCIES)];
  return hasErrors(diagnostics)
    ? { diagnostics: sortByPlace(diagnostics) }
    : { scenario: result.data, diagnostics: sortByPlace(diagnostics) };
}

function sortByPlace(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.line - b.line || a.col - b.col);
}

function semanticDiagnostics(parsed: ParsedScenario, s: Scenario, competencyIds: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (severity: Severity, path: YamlPath, code: string, message: string, hint?: string, key = false) =>
    out.push({ file: parsed.file, ...parsed.locate(path, { key }), severity, code, message, ...(hint ? { hint } : {}) });
  const error = (path: YamlPath, code: string, message: string, hint?: string, key = false) => report('error', path, code, message, hint, key);

  // The file is named after its id.
  const fileId = parsed.file.replace(/\\/g, '/').split('/').pop()?.replace(/\.scenario\.ya?ml$/, '');
  if (fileId && fileId !== s.id && /\.scenario\.ya?ml$/.test(parsed.file)) {
    report('warning', ['id'], 'id-file-mismatch', `l'identifiant « ${s.id} » ne correspond pas au nom du fichier`, `renommez le fichier en « ${s.id}.scenario.yaml »`);
  }

  // Ids: steps and endings share one namespace.
  const stepIds = Object.keys(s.steps);
  const endingIds = Object.keys(s.endings);
  const targets = new Set([...stepIds, ...endingIds]);
  for (const [kind, ids] of [['steps', stepIds], ['endings', endingIds]] as const) {
    for (const id of ids) {
      if (!STEP_ID.test(id)) error([kind, id], 'bad-id', `identifiant « ${id} » invalide`, 'minuscules, chiffres et tirets : « accueil-client »', true);
    }
  }
  for (const id of endingIds) {
    if (s.steps[id]) error(['endings', id], 'duplicate-id', `« ${id} » est à la fois une étape et une fin`, 'donnez-leur des noms différents', true);
  }
  if (stepIds.length === 0) error(['steps'], 'no-steps', 'le scénario n\'a aucune étape', undefined, true);
  if (endingIds.length === 0) error(['endings'], 'no-endings', 'le scénario n\'a aucune fin', undefined, true);

  // Every goto names a step or an ending.
  const edges = scenarioEdges(s);
  const checkTarget = (path: YamlPath, to: string) => {
    if (targets.has(to)) return;
    const guess = closestMatch(to, targets);
    error(path, 'unknown-target', `l'étape ou la fin « ${to} » n'existe pas`, guess ? `vouliez-vous dire « ${guess} » ?` : undefined);
  };
  checkTarget(['start'], s.start);
  if (s.endings[s.start]) error(['start'], 'start-is-ending', 'le scénario commence par une fin', 'indiquez la première étape de l\'appel');
  const seenTargetPaths = new Set<string>();
  for (const edge of edges) {
    const key = edge.path.join('.');
    if (seenTargetPaths.has(key)) continue;
    seenTargetPaths.add(key);
    checkTarget(edge.path, edge.to);
  }

  // Reachability: from start over every edge; toward an ending over what the candidate does
  // (hanging up, transfers, timers and the examiner's events must not hide a dead end).
  // After an unknown goto, reachability would only echo it.
  if (!out.some((d) => d.code === 'unknown-target')) {
    const reached = reachable([s.start], (from) => edges.filter((e) => e.from === from).map((e) => e.to));
    for (const id of stepIds) {
      if (!reached.has(id)) error(['steps', id], 'unreachable-step', `aucun chemin ne mène à l'étape « ${id} »`, 'ajoutez un « goto » vers elle ou supprimez-la', true);
    }
    for (const id of endingIds) {
      if (!reached.has(id)) error(['endings', id], 'unreachable-ending', `aucun chemin ne mène à la fin « ${id} »`, 'ajoutez un « goto » vers elle ou supprimez-la', true);
    }
    const dialogue = edges.filter((e) => ['option', 'otherwise', 'dial', 'dial-forbidden', 'crm'].includes(e.kind));
    const reverse = (to: string) => dialogue.filter((e) => e.to === to).map((e) => e.from);
    const canEnd = reachable(endingIds, reverse);
    for (const id of stepIds) {
      if (reached.has(id) && !canEnd.has(id)) {
        error(['steps', id], 'dead-end-step', `depuis l'étape « ${id} », aucune fin n'est atteignable sans raccrocher`, 'ajoutez une option qui mène vers une fin', true);
      }
    }
  }

  // Dialling belongs to outbound calls, whose time and purpose the law checks need.
  for (const [stepId, step] of Object.entries(s.steps)) {
    if (!step.dial) continue;
    if (s.direction !== 'outbound') error(['steps', stepId, 'dial'], 'dial-inbound', 'on ne compose pas de numéro dans un appel entrant', 'retirez « dial » ou passez « direction » à outbound', true);
    else if (!s.call) error(['steps', stepId, 'dial'], 'dial-without-call', 'l\'appel sortant n\'a pas de section « call » (date, heure, objet, numéro affiché)', 'ajoutez « call: » en tête du scénario', true);
  }
  if (s.call && s.direction !== 'outbound') error(['call'], 'call-inbound', 'la section « call » ne sert qu\'aux appels sortants', undefined, true);
  if (s.call && !Object.values(s.steps).some((step) => step.dial)) {
    report('warning', ['call'], 'call-without-dial', 'aucune étape ne permet de composer le numéro', 'ajoutez « dial: { goto: … } » à l\'étape de préparation', true);
  }
  if (s.call && Number.isNaN(Date.parse(s.call.at))) error(['call', 'at'], 'bad-date', `date « ${s.call.at} » impossible`);
  if (s.call && !validTimeZone(s.call.time_zone)) error(['call', 'time_zone'], 'bad-time-zone', `fuseau horaire « ${s.call.time_zone} » inconnu`, 'ex. Europe/Paris, America/Martinique, Indian/Reunion');
  else if (s.call && s.date && !Number.isNaN(Date.parse(s.call.at)) && scenarioDay({ ...s, date: undefined }, s.date) !== s.date) {
    error(['date'], 'date-mismatch', `« date » (${s.date}) n'est pas le jour de l'appel (${s.call.at})`, 'retirez « date » : le jour se déduit de « call.at »');
  }

  // Options: unique ids, at least one evidence.
  for (const [stepId, step] of Object.entries(s.steps)) {
    const optionIds = new Set<string>();
    step.options?.forEach((option, i) => {
      if (option.id !== undefined) {
        if (optionIds.has(option.id)) error(['steps', stepId, 'options', i, 'id'], 'duplicate-id', `deux options de l'étape « ${stepId} » s'appellent « ${option.id} »`);
        optionIds.add(option.id);
      }
      if (option.evidence.length === 0) {
        error(['steps', stepId, 'options', i, 'evidence'], 'option-without-evidence', 'cette réponse ne produit aucune preuve', 'ajoutez au moins une compétence, ex. « evidence: [+RCD-01] »');
      }
    });
    if (!step.options?.length && !step.dial && !step.crm?.some((r) => r.goto) && !step.customer_events?.some((e) => e.goto)) {
      report('warning', ['steps', stepId], 'no-options', `l'étape « ${stepId} » ne propose aucune réponse au candidat`, undefined, true);
    }
    eachDuplicate(step.customer_events?.map((e) => e.id) ?? [], (i, id) =>
      error(['steps', stepId, 'customer_events', i, 'id'], 'duplicate-id', `l'événement « ${id} » est déclaré deux fois dans l'étape « ${stepId} »`));
  }
  eachDuplicate(s.transfers?.map((t) => t.service) ?? [], (i, id) =>
    error(['transfers', i, 'service'], 'duplicate-id', `le service « ${id} » est déclaré deux fois`));

  // Durations are positive.
  const positive = (path: YamlPath, text: string | undefined) => {
    if (text !== undefined && !(parseDuration(text)! > 0)) error(path, 'bad-duration', `la durée « ${text} » doit être positive`, 'ex. « 40 s »');
  };
  positive(['duration'], s.duration);
  positive(['customer', 'patience'], s.customer.patience);
  const timerBlocks: [YamlPath, NonNullable<Scenario['timers']>][] = [];
  if (s.timers) timerBlocks.push([['timers'], s.timers]);
  for (const [stepId, step] of Object.entries(s.steps)) if (step.timers) timerBlocks.push([['steps', stepId, 'timers'], step.timers]);
  for (const [path, timers] of timerBlocks) {
    for (const [kind, timer] of Object.entries(timers) as [TimerKind, ScenarioTimer | false | undefined][]) {
      if (timer === false || timer === undefined) continue;
      positive([...path, kind, 'after'], timer.after);
      const inherited = path.length > 1 ? s.timers?.[kind] : undefined;
      if (timer.after === undefined && kind !== 'patience' && !(inherited && inherited.after)) {
        error([...path, kind], 'missing-duration', `le minuteur « ${kind} » n'a pas de durée`, 'ajoutez « after: 8 s » par exemple', true);
      }
    }
  }

  // Evidence names known competencies; blockers are negative.
  forEachEvidence(s, (path, item) => {
    const signed = typeof item === 'string' ? item : item.competency;
    const id = signed.slice(1);
    const valuePath = typeof item === 'string' ? path : [...path, 'competency'];
    if (!competencyIds.has(id)) {
      const guess = closestMatch(id, competencyIds);
      error(valuePath, 'unknown-competency', `compétence inconnue « ${id} »`, guess ? `vouliez-vous dire « ${guess} » ?` : 'voir shared/competencies/referential.ts');
    } else if (!s.competencies.includes(id)) {
      report('warning', valuePath, 'untargeted-competency', `« ${id} » est évaluée mais absente de « competencies »`, 'ajoutez-la à la liste des compétences visées');
    }
    if (typeof item !== 'string' && item.blocker && signed.startsWith('+')) {
      error([...path, 'blocker'], 'positive-blocker', 'une preuve bloquante doit être négative', `écrivez « -${id} »`);
    }
  });
  s.competencies.forEach((id, i) => {
    if (!competencyIds.has(id)) {
      const guess = closestMatch(id, competencyIds);
      error(['competencies', i], 'unknown-competency', `compétence inconnue « ${id} »`, guess ? `vouliez-vous dire « ${guess} » ?` : undefined);
    }
  });

  // French text is present everywhere the candidate or examiner reads.
  forEachText(s, (path, text) => {
    if (!hasFrench(text)) error(path, 'missing-french', 'texte en français manquant', typeof text === 'string' ? undefined : 'ajoutez la clé « fr: »');
  });

  checkFixtures(s, error);
  return out;
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('fr-FR', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function reachable(from: readonly string[], next: (id: string) => string[]): Set<string> {
  const seen = new Set(from);
  const queue = [...from];
  while (queue.length) {
    for (const to of next(queue.shift()!)) {
      if (seen.has(to)) continue;
      seen.add(to);
      queue.push(to);
    }
  }
  return seen;
}

