import type { Language } from '../scenario/localizedText';
import type { ExamGrid } from './examGridTypes';
import { blockStatusLabel, blockSummary, competencyDecisionLabel, formatDateTime, formatDay, gridLabels, markLabel, markLine } from './examGridLabels';

const BOM = '\uFEFF';
const SEPARATOR = ';';
const EOL = '\r\n';

const headers = {
  fr: ['Type', 'Candidat', 'Date', 'Examen', 'Code', 'Intitulé', 'Décision', 'Détail', 'Notes du jury'],
  en: ['Type', 'Candidate', 'Date', 'Exam', 'Code', 'Title', 'Decision', 'Detail', 'Jury’s marks'],
} as const;
const rowTypes = {
  fr: { competency: 'compétence', block: 'bloc', decision: 'décision finale' },
  en: { competency: 'competency', block: 'block', decision: 'final decision' },
} as const;

/**
 * One cell: always quoted (quotes doubled). A cell a spreadsheet would read as a formula
 * (starting with = + - @, or a tab or carriage return) gets a leading apostrophe, so that a
 * comment like « =HYPERLINK(…) » stays text (OWASP's CSV injection advice).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * The jury's grid as CSV for the school's records, made to open as it is in a French
 * spreadsheet: UTF-8 with a byte order mark, `;` between cells, CRLF line ends, every cell
 * quoted. One row per competency (candidate, date, exam id, competency id and title, decision,
 * how it was reached, each examiner's mark with author, time and comment), then one row per
 * block result and one for the president's final decision.
 */
export function gridCsv(grid: ExamGrid, language: Language = 'fr'): string {
  const w = gridLabels[language];
  const types = rowTypes[language];
  const date = formatDateTime(grid.dates.startedAt ?? grid.dates.createdAt);
  const common = [grid.candidate.name, date, grid.examId];
  const rows: string[][] = [[...headers[language]]];
  for (const c of grid.competencies) {
    rows.push([
      types.competency,
      ...common,
      c.id,
      c.title[language],
      c.decision === null ? '' : markLabel(c.decision, language),
      competencyDecisionLabel(c, language),
      c.marks.map((m) => markLine(m, language)).join(' | '),
    ]);
  }
  for (const b of grid.blocks) {
    rows.push([types.block, ...common, b.id, b.title[language], blockStatusLabel(b.status, language), blockSummary(b, language), '']);
  }
  const final = grid.finalDecision;
  rows.push([
    types.decision,
    ...common,
    '',
    w.finalDecision,
    final ? markLabel(final.decision, language) : '',
    final ? final.comment : w.noDecision,
    final ? `${final.author.name}, ${formatDay(final.at, language)} ${formatDateTime(final.at).slice(-5)}` : '',
  ]);
  return BOM + rows.map((cells) => cells.map(csvCell).join(SEPARATOR)).join(EOL) + EOL;
}
