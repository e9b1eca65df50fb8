import type { Language } from '../scenario/localizedText';
import { formatCallTime, sourceKindLabels } from '../scoring/debriefLabels';
import type { Debrief, FicheDraft } from '../scoring/debriefTypes';
import type { PdfBlock } from './writePdf';
import { writePdf } from './writePdf';

const words = {
  fr: {
    title: 'Bilan de l’appel',
    mode: { guided: 'Entraînement guidé', exam: 'Conditions d’examen' },
    ending: 'Fin',
    noEnding: 'aucune',
    verdict: 'Verdict',
    blockers: 'Fautes bloquantes',
    competencies: 'Compétences observées',
    none: 'Aucune preuve relevée.',
    time: 'Temps',
    evidence: 'Preuve',
    source: 'Source',
    plus: 'pour',
    minus: 'contre',
    blocking: 'bloquant',
    compliance: 'Conformité (appel sortant)',
    ok: 'respectée',
    breach: 'non respectée',
    voice: 'Voix et temps',
    notMeasured: 'Voix non mesurée (pas de micro) : les chiffres du candidat ne sont pas disponibles.',
    metric: 'Mesure',
    value: 'Valeur',
    coverage: 'Couverture du référentiel',
    fiche: 'Fiche pratique (brouillon)',
    parts: { situation: 'Situation', actions: 'Actions', result: 'Résultat', analysis: 'Analyse' },
    file: 'Plateau — bilan',
    page: 'page',
  },
  en: {
    title: 'Call debrief',
    mode: { guided: 'Guided practice', exam: 'Exam conditions' },
    ending: 'Ending',
    noEnding: 'none',
    verdict: 'Verdict',
    blockers: 'Blocking faults',
    competencies: 'Competencies observed',
    none: 'No evidence recorded.',
    time: 'Time',
    evidence: 'Evidence',
    source: 'Source',
    plus: 'for',
    minus: 'against',
    blocking: 'blocking',
    compliance: 'Compliance (outbound call)',
    ok: 'respected',
    breach: 'breached',
    voice: 'Voice and timing',
    notMeasured: 'Voice not measured (no microphone): the candidate’s figures are not available.',
    metric: 'Metric',
    value: 'Value',
    coverage: 'Referential coverage',
    fiche: 'Practice sheet (draft)',
    parts: { situation: 'Situation', actions: 'Actions', result: 'Result', analysis: 'Analysis' },
    file: 'Plateau — debrief',
    page: 'page',
  },
} as const;

const seconds = (ms: number | null, language: Language) =>
  ms === null ? '—' : `${(ms / 1000).toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 })} s`;

function endingText(ending: NonNullable<Debrief['ending']>, language: Language): string {
  const title = ending.title[language];
  return title === ending.outcomeLabel[language] ? title : `${title} (${ending.outcomeLabel[language]})`;
}

/** The debrief as document blocks, in one language; `fiche` replaces the draft with the candidate's edited sheet. */
export function debriefBlocks(debrief: Debrief, language: Language, fiche: FicheDraft = debrief.fiche[language]): PdfBlock[] {
  const w = words[language];
  const colon = language === 'fr' ? ' : ' : ': ';
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: `${w.title} — ${debrief.scenario.title}` },
    {
      kind: 'paragraph',
      style: 'small',
      text: `${w.mode[debrief.mode]} · ${debrief.times.connectedAt ?? debrief.times.createdAt} · ${formatCallTime(debrief.times.durationMs)}`,
    },
    {
      kind: 'paragraph',
      style: 'bold',
      text: `${w.ending}${colon}${debrief.ending ? endingText(debrief.ending, language) : w.noEnding}`,
    },
    ...(debrief.ending?.summary ? [{ kind: 'paragraph' as const, text: debrief.ending.summary[language] }] : []),
    { kind: 'paragraph', text: `${w.verdict}${colon}${debrief.verdict.text[language]}` },
  ];
  if (debrief.verdict.blockers.length) {
    blocks.push({ kind: 'heading', level: 3, text: w.blockers }, { kind: 'list', items: debrief.verdict.blockers.map((b) => `${b.competency} — ${(b.note ?? b.source.text)[language]}`) });
  }

  blocks.push({ kind: 'heading', level: 2, text: w.competencies });
  if (!debrief.competencies.length) blocks.push({ kind: 'paragraph', text: w.none });
  for (const competency of debrief.competencies) {
    blocks.push(
      { kind: 'heading', level: 3, text: `${competency.id} — ${competency.title[language]}` },
      {
        kind: 'table',
        columns: [
          { title: w.time, width: 1 },
          { title: w.evidence, width: 1.6 },
          { title: w.source, width: 6 },
        ],
        rows: competency.evidence.map((e) => [
          formatCallTime(e.atMs),
          `${e.positive ? `+ ${w.plus}` : `– ${w.minus}`}${e.weight !== 1 ? ` ×${e.weight}` : ''}${e.blocker && !e.positive ? ` (${w.blocking})` : ''}`,
          `${sourceKindLabels[e.source.kind][language]}${colon}${e.source.text[language]}${e.note ? `\n${e.note[language]}` : ''}`.replace(/\n/g, ' — '),
        ]),
      },
    );
  }

  if (debrief.compliance.outbound) {
    blocks.push(
      { kind: 'heading', level: 2, text: w.compliance },
      {
        kind: 'list',
        items: debrief.compliance.findings.map((f) => `${f.title[language]} (${f.reference})${colon}${f.ok ? w.ok : w.breach}${f.blocker ? `, ${w.blocking}` : ''} — ${f.message[language]}`),
      },
    );
  }

  blocks.push({ kind: 'heading', level: 2, text: w.voice });
  const v = debrief.voice;
  if (!v.measured) blocks.push({ kind: 'paragraph', text: w.notMeasured });
  const rows: [string, string][] = language === 'fr'
    ? [
        ['Durée de l’appel', formatCallTime(v.durationMs)],
        ['Temps de parole du candidat', seconds(v.candidateTalkMs, language)],
        ['Temps de parole du client (estimé)', seconds(v.customerTalkMs, language)],
        ['Part de parole du candidat', v.candidateShare === null ? '—' : `${Math.round(v.candidateShare * 100)} %`],
        ['Délai de réponse médian', seconds(v.medianLatencyMs, language)],
        ['Silences longs', v.longSilences === null ? '—' : String(v.longSilences.length)],
        ['Interruptions', v.interruptions === null ? '—' : String(v.interruptions.length)],
        ['Attente (total, plus longue)', `${seconds(v.holdMs, language)}, ${seconds(v.longestHoldMs, language)}`],
      ]
    : [
        ['Call length', formatCallTime(v.durationMs)],
        ['Candidate talk time', seconds(v.candidateTalkMs, language)],
        ['Customer talk time (estimated)', seconds(v.customerTalkMs, language)],
        ['Candidate talk share', v.candidateShare === null ? '—' : `${Math.round(v.candidateShare * 100)}%`],
        ['Median response time', seconds(v.medianLatencyMs, language)],
        ['Long silences', v.longSilences === null ? '—' : String(v.longSilences.length)],
        ['Interruptions', v.interruptions === null ? '—' : String(v.interruptions.length)],
        ['Hold (total, longest)', `${seconds(v.holdMs, language)}, ${seconds(v.longestHoldMs, language)}`],
      ];
  blocks.push({ kind: 'table', columns: [{ title: w.metric, width: 2 }, { title: w.value, width: 1 }], rows });

  blocks.push({ kind: 'heading', level: 2, text: w.coverage }, { kind: 'paragraph', text: debrief.coverage.statement[language] });

  blocks.push({ kind: 'heading', level: 2, text: w.fiche });
  for (const part of ['situation', 'actions', 'result', 'analysis'] as const) {
    blocks.push({ kind: 'heading', level: 3, text: w.parts[part] }, { kind: 'paragraph', text: fiche[part] });
  }
  return blocks;
}

/** The debrief as a PDF in one language. */
export function debriefPdf(debrief: Debrief, language: Language, fiche?: FicheDraft): Uint8Array {
  const w = words[language];
  return writePdf(debriefBlocks(debrief, language, fiche), {
    title: `${w.title} — ${debrief.scenario.title}`,
    language: language === 'fr' ? 'fr-FR' : 'en-GB',
    footer: (page, pages) => `${w.file} · ${debrief.scenario.title} · ${w.page} ${page} / ${pages}`,
  });
}
