import type { FinalDecision, MarkDecision } from '../protocol/examProtocol';
import type { Language } from '../scenario/localizedText';
import type { GridBlock, GridBlockStatus, GridCompetency, GridMark, GridResolution } from './examGridTypes';

/** The words the grid's exports share (PDF, CSV), French and English. */
export const gridLabels = {
  fr: {
    title: 'Grille d’évaluation du jury',
    test: 'Épreuve pratique sur PC et téléphone — titre RNCP 28662, Gestionnaire de l’administration des ventes et de la relation commerciale',
    candidate: 'Candidat',
    exam: 'Examen',
    date: 'Date',
    status: 'Statut',
    statuses: { waiting: 'en attente', running: 'en cours', finished: 'terminé' },
    customerMode: 'Client',
    customerModes: { scripted: 'scénarisé', live: 'joué par l’examinateur' },
    timeFactor: 'Temps majoré',
    jury: 'Jury',
    presides: 'présidence du jury',
    scenarios: 'Scénarios',
    hash: 'Empreinte SHA-256 du contenu',
    callHashDiffers: 'empreinte de l’appel différente',
    notPlayed: 'appel non ouvert',
    notDebriefed: 'appel non terminé : pas de preuves',
    blocks: 'Résultats par bloc',
    block: 'Bloc',
    acquired: 'Acquises',
    threshold: 'Seuil',
    notAcquired: 'Non acquises',
    notObserved: 'Non observées',
    undecided: 'Sans décision',
    elsewhere: 'Évaluées hors épreuve',
    detail: 'Détail',
    result: 'Résultat',
    blockStatuses: { validated: 'validé', 'not-validated': 'non validé', open: 'en attente' },
    finalDecision: 'Décision du président du jury',
    noDecision: 'Aucune décision enregistrée.',
    competencies: 'Compétences évaluées',
    competency: 'Compétence',
    decision: 'Décision',
    marks: 'Notes du jury',
    details: 'Preuves et commentaires',
    evidence: 'Preuves relevées pendant les appels (indicatives)',
    call: 'Appel',
    time: 'Temps',
    item: 'Preuve',
    source: 'Source',
    for: 'pour',
    against: 'contre',
    blocking: 'bloquant',
    noEvidence: 'Aucune preuve relevée.',
    audit: 'Journal des modifications',
    when: 'Heure',
    who: 'Auteur',
    change: 'Modification',
    previous: 'Valeur précédente',
    finalDecisionShort: 'Décision finale',
    signatures: 'Signatures',
    page: 'page',
  },
  en: {
    title: 'Jury’s assessment grid',
    test: 'Practical test on PC and telephone — RNCP 28662, sales administration and customer relations manager',
    candidate: 'Candidate',
    exam: 'Exam',
    date: 'Date',
    status: 'Status',
    statuses: { waiting: 'waiting', running: 'running', finished: 'finished' },
    customerMode: 'Customer',
    customerModes: { scripted: 'scripted', live: 'played by the examiner' },
    timeFactor: 'Extra time',
    jury: 'Jury',
    presides: 'president of the jury',
    scenarios: 'Scenarios',
    hash: 'SHA-256 of the content',
    callHashDiffers: 'the call’s hash differs',
    notPlayed: 'call not opened',
    notDebriefed: 'call not over: no evidence',
    blocks: 'Block results',
    block: 'Block',
    acquired: 'Acquired',
    threshold: 'Threshold',
    notAcquired: 'Not acquired',
    notObserved: 'Not observed',
    undecided: 'Undecided',
    elsewhere: 'Assessed elsewhere',
    detail: 'Detail',
    result: 'Result',
    blockStatuses: { validated: 'validated', 'not-validated': 'not validated', open: 'pending' },
    finalDecision: 'Decision of the jury’s president',
    noDecision: 'No decision recorded.',
    competencies: 'Competencies assessed',
    competency: 'Competency',
    decision: 'Decision',
    marks: 'Jury’s marks',
    details: 'Evidence and comments',
    evidence: 'Evidence noted during the calls (indicative)',
    call: 'Call',
    time: 'Time',
    item: 'Evidence',
    source: 'Source',
    for: 'for',
    against: 'against',
    blocking: 'blocking',
    noEvidence: 'No evidence noted.',
    audit: 'Change log',
    when: 'Time',
    who: 'Author',
    change: 'Change',
    previous: 'Previous value',
    finalDecisionShort: 'Final decision',
    signatures: 'Signatures',
    page: 'page',
  },
} as const;

const markWords: Record<Language, Record<MarkDecision, string>> = {
  fr: { acquired: 'acquise', 'not-acquired': 'non acquise', 'not-observed': 'non observée' },
  en: { acquired: 'acquired', 'not-acquired': 'not acquired', 'not-observed': 'not observed' },
};
const finalWords: Record<Language, Record<FinalDecision, string>> = {
  fr: { admis: 'admis', ajourne: 'ajourné' },
  en: { admis: 'passed (admis)', ajourne: 'deferred (ajourné)' },
};
const resolutionWords: Record<Language, Record<GridResolution, string>> = {
  fr: { president: 'voix du président', agreement: 'accord du jury', tie: 'à départager', unmarked: 'non évaluée' },
  en: { president: 'president’s vote', agreement: 'jury’s agreement', tie: 'to be settled', unmarked: 'not marked yet' },
};

export function markLabel(decision: MarkDecision | FinalDecision, language: Language): string {
  return decision === 'admis' || decision === 'ajourne' ? finalWords[language][decision] : markWords[language][decision];
}

/** « acquise (voix du président) », « à départager », « non évaluée ». */
export function competencyDecisionLabel(competency: Pick<GridCompetency, 'decision' | 'resolution'>, language: Language): string {
  const how = resolutionWords[language][competency.resolution];
  return competency.decision === null ? how : `${markLabel(competency.decision, language)} (${how})`;
}

export function blockStatusLabel(status: GridBlockStatus, language: Language): string {
  return gridLabels[language].blockStatuses[status];
}

/** « 2 non acquises, 1 non observées, 2 sans décision, 3 évaluées hors épreuve ». */
export function blockCounts(block: GridBlock, language: Language): string {
  const w = gridLabels[language];
  return [
    `${block.notAcquired} ${w.notAcquired.toLowerCase()}`,
    `${block.notObserved} ${w.notObserved.toLowerCase()}`,
    `${block.undecided} ${w.undecided.toLowerCase()}`,
    ...(block.assessedElsewhere ? [`${block.assessedElsewhere} ${w.elsewhere.toLowerCase()}`] : []),
  ].join(', ');
}

/** « 21 / 26 acquises (seuil 22) ; 2 non acquises, 1 non observées, 2 sans décision ». */
export function blockSummary(block: GridBlock, language: Language): string {
  const w = gridLabels[language];
  const threshold = language === 'fr' ? `seuil ${block.threshold}` : `threshold ${block.threshold}`;
  return `${block.acquired} / ${block.total} ${w.acquired.toLowerCase()} (${threshold})${language === 'fr' ? ' ; ' : '; '}${blockCounts(block, language)}`;
}

/** « Claire Martin, 09:04:12 : acquise — comment ». */
export function markLine(mark: GridMark, language: Language): string {
  const colon = language === 'fr' ? ' : ' : ': ';
  return `${mark.author.name}, ${formatClock(mark.at)}${colon}${markLabel(mark.decision, language)}${mark.comment ? ` — ${mark.comment}` : ''}`;
}

// Exams take place in France: times are read in Paris time whatever the server's zone.
const TIME_ZONE = 'Europe/Paris';

/** « 2 décembre 2026 » / « 2 December 2026 ». */
export function formatDay(at: number, language: Language): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: TIME_ZONE }).format(at);
}

/** « 09:04 ». */
export function formatTime(at: number): string {
  return new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }).format(at);
}

/** « 09:04:12 », for marks and the change log. */
export function formatClock(at: number): string {
  return new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: TIME_ZONE }).format(at);
}

/** « 02/12/2026 09:04 », which a French spreadsheet reads as a date and time. */
export function formatDateTime(at: number): string {
  const parts = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE }).format(at);
  return parts.replace(',', '');
}
