import type { PdfBlock } from '../pdf/writePdf';
import { writePdf } from '../pdf/writePdf';
import type { Language } from '../scenario/localizedText';
import { formatCallTime, sourceKindLabels } from '../scoring/debriefLabels';
import type { ExamGrid, GridCompetency } from './examGridTypes';
import {
  blockCounts,
  blockStatusLabel,
  competencyDecisionLabel,
  formatClock,
  formatDay,
  formatTime,
  gridLabels,
  markLabel,
  markLine,
} from './examGridLabels';

/**
 * The jury's grid as document blocks, for printing and signing: the exam (candidate, date,
 * jury, scenarios with their content hash), the block results, the president's decision, the
 * table of every competency's decision, then each marked or evidenced competency's marks,
 * comments and evidence, the change log, and a signature line per member of the jury.
 */
export function gridPdfBlocks(grid: ExamGrid, language: Language = 'fr'): PdfBlock[] {
  const w = gridLabels[language];
  const colon = language === 'fr' ? ' : ' : ': ';
  const day = formatDay(grid.dates.startedAt ?? grid.dates.createdAt, language);
  const blocks: PdfBlock[] = [
    { kind: 'heading', level: 1, text: w.title },
    { kind: 'paragraph', style: 'small', text: w.test },
    {
      kind: 'table',
      columns: [{ title: w.candidate, width: 1 }, { title: grid.candidate.name, width: 3 }],
      rows: [
        [w.date, `${day}${grid.dates.startedAt !== null ? `, ${formatTime(grid.dates.startedAt)}` : ''}${grid.dates.finishedAt !== null ? ` – ${formatTime(grid.dates.finishedAt)}` : ''}`],
        [w.exam, `${grid.examId} (${w.statuses[grid.status]})`],
        [w.customerMode, w.customerModes[grid.customerMode]],
        ...(grid.timeFactor !== 1 ? [[w.timeFactor, `× ${String(grid.timeFactor).replace('.', language === 'fr' ? ',' : '.')}`]] : []),
      ],
    },
    { kind: 'heading', level: 2, text: w.jury },
    { kind: 'list', items: grid.jury.map((p) => (p.president ? `${p.name} — ${w.presides}` : p.name)) },
    { kind: 'heading', level: 2, text: w.scenarios },
  ];
  for (const scenario of grid.scenarios) {
    const notes = [
      scenario.sessionId === null ? w.notPlayed : null,
      scenario.sessionId !== null && !scenario.debriefed ? w.notDebriefed : null,
      scenario.callHash !== null && scenario.contentHash !== null && scenario.callHash !== scenario.contentHash ? `${w.callHashDiffers}${colon}${scenario.callHash}` : null,
    ].filter((note): note is string => note !== null);
    blocks.push(
      { kind: 'paragraph', style: 'bold', text: `${scenario.index}. ${scenario.title} (${scenario.id})` },
      { kind: 'list', items: [`${w.hash}${colon}${scenario.contentHash ?? '—'}`, ...notes] },
    );
  }

  blocks.push(
    { kind: 'heading', level: 2, text: w.blocks },
    {
      kind: 'table',
      columns: [
        { title: w.block, width: 3.4 },
        { title: w.acquired, width: 1.2 },
        { title: w.threshold, width: 1 },
        { title: w.detail, width: 3.4 },
        { title: w.result, width: 1.3 },
      ],
      rows: grid.blocks.map((b) => [
        `${b.id} — ${b.title[language]}`,
        `${b.acquired} / ${b.total}`,
        String(b.threshold),
        blockCounts(b, language),
        blockStatusLabel(b.status, language),
      ]),
    },
    { kind: 'heading', level: 2, text: w.finalDecision },
    grid.finalDecision
      ? {
          kind: 'paragraph',
          style: 'bold',
          text: `${markLabel(grid.finalDecision.decision, language).toLocaleUpperCase(language)} — ${grid.finalDecision.author.name}, ${formatDay(grid.finalDecision.at, language)} ${formatTime(grid.finalDecision.at)}${grid.finalDecision.comment ? `\n${grid.finalDecision.comment}` : ''}`,
        }
      : { kind: 'paragraph', text: w.noDecision },
    { kind: 'heading', level: 2, text: w.competencies },
    {
      kind: 'table',
      columns: [{ title: w.competency, width: 5 }, { title: w.decision, width: 2.2 }],
      rows: grid.competencies.map((c) => [`${c.id} ${c.title[language]}`, competencyDecisionLabel(c, language)]),
    },
  );

  const detailed = grid.competencies.filter((c) => c.marks.length > 0 || c.evidence.length > 0);
  if (detailed.length) blocks.push({ kind: 'heading', level: 2, text: w.details });
  for (const competency of detailed) blocks.push(...competencyBlocks(competency, language));

  if (grid.audit.length) {
    blocks.push(
      { kind: 'heading', level: 2, text: w.audit },
      {
        kind: 'table',
        columns: [{ title: w.when, width: 1.1 }, { title: w.who, width: 2 }, { title: w.change, width: 4 }, { title: w.previous, width: 2 }],
        rows: grid.audit.map((a) => [
          formatClock(a.at),
          a.author.name,
          `${a.competency ?? w.finalDecisionShort}${colon}${markLabel(a.decision, language)}${a.comment ? ` — ${a.comment}` : ''}`,
          a.previous ? markLabel(a.previous.decision, language) : '—',
        ]),
      },
    );
  }

  blocks.push(
    { kind: 'heading', level: 2, text: w.signatures },
    ...grid.jury.map((p): PdfBlock => ({ kind: 'paragraph', text: `\n${p.name}${p.president ? ` (${w.presides})` : ''}${colon}______________________________` })),
  );
  return blocks;
}

function competencyBlocks(competency: GridCompetency, language: Language): PdfBlock[] {
  const w = gridLabels[language];
  const colon = language === 'fr' ? ' : ' : ': ';
  return [
    { kind: 'heading', level: 3, text: `${competency.id} — ${competency.title[language]}` },
    { kind: 'paragraph', style: 'bold', text: `${w.decision}${colon}${competencyDecisionLabel(competency, language)}` },
    ...(competency.marks.length ? [{ kind: 'list' as const, items: competency.marks.map((m) => markLine(m, language)) }] : []),
    ...(competency.evidence.length
      ? [
          { kind: 'paragraph' as const, style: 'small' as const, text: w.evidence },
          {
            kind: 'table' as const,
            columns: [{ title: w.call, width: 0.8 }, { title: w.time, width: 0.8 }, { title: w.item, width: 1.3 }, { title: w.source, width: 6 }],
            rows: competency.evidence.map((e) => [
              String(e.callIndex),
              formatCallTime(e.atMs),
              `${e.positive ? `+ ${w.for}` : `– ${w.against}`}${e.blocker && !e.positive ? ` (${w.blocking})` : ''}`,
              `${sourceKindLabels[e.kind][language]}${colon}${e.text[language]}${e.note ? ` — ${e.note[language]}` : ''}`,
            ]),
          },
        ]
      : []),
  ];
}

/** The jury's grid as a PDF, French by default. */
export function gridPdf(grid: ExamGrid, language: Language = 'fr'): Uint8Array {
  const w = gridLabels[language];
  return writePdf(gridPdfBlocks(grid, language), {
    title: `${w.title} — ${grid.candidate.name}`,
    language: language === 'fr' ? 'fr-FR' : 'en-GB',
    footer: (page, pages) => `${w.title} · ${grid.candidate.name} · ${formatDay(grid.dates.startedAt ?? grid.dates.createdAt, language)} · ${w.page} ${page} / ${pages}`,
  });
}
