import { useId, useState, type FormEvent } from 'react';
import type { ExamGrid, GridCompetency } from '../../../shared/exam/examGrid';
import type { ExamAck, FinalDecision, MarkDecision, PublicUser } from '../../../shared/protocol/examProtocol';
import { examSocketEvents, finalDecisions, markDecisions } from '../../../shared/protocol/examProtocol';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { useExaminerI18n } from './useExaminerI18n';

type Send = (event: (typeof examSocketEvents)['mark' | 'decision'], payload: Record<string, unknown>) => Promise<ExamAck>;

type GridPanelProps = {
  grid: ExamGrid;
  you: PublicUser;
  send: Send;
};

/**
 * The jury's grid: each competency with the evidence the calls suggest, every examiner's signed
 * mark, and this examiner's own form; the block results as they stand; the president's final
 * decision (the form only for the president); the audit trail.
 */
export function GridPanel({ grid, you, send }: GridPanelProps) {
  const { t, locale } = useExaminerI18n();
  const isPresident = grid.president.id === you.id;
  return (
    <section className="console-panel grid-panel" aria-labelledby="grid-title">
      <h2 id="grid-title">{t('grid.title')}</h2>
      <ul className="grid-panel__blocks" aria-label={t('grid.blocks')} data-testid="block-results">
        {grid.blocks.map((block) => (
          <li key={block.id} className={`grid-block grid-block--${block.status}`}>
            <strong>{block.title[locale]}</strong>{' '}
            {t('grid.blockLine', { acquired: block.acquired, total: block.total, threshold: block.threshold })}{' '}
            <span className="grid-block__status">{t(`grid.block.${block.status}`)}</span>
          </li>
        ))}
      </ul>
      <ol className="grid-panel__competencies">
        {grid.competencies.map((competency) => (
          <CompetencyRow key={competency.id} competency={competency} you={you} send={send} />
        ))}
      </ol>
      <FinalDecisionPanel grid={grid} isPresident={isPresident} send={send} />
      <AuditTrail grid={grid} />
    </section>
  );
}

function CompetencyRow({ competency, you, send }: { competency: GridCompetency; you: PublicUser; send: Send }) {
  const { t, locale } = useExaminerI18n();
  const mine = competency.marks.find((mark) => mark.author.id === you.id);
  const others = competency.marks.filter((mark) => mark.author.id !== you.id);
  const [decision, setDecision] = useState<MarkDecision>(mine?.decision ?? 'not-observed');
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');
  const commentId = useId();
  const titleId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState('saving');
    const ack = await send(examSocketEvents.mark, { competency: competency.id, decision, comment });
    setState(ack.ok ? 'saved' : { error: ack.error.message[locale] });
  };

  return (
    <li className="grid-row" data-testid={`grid-row-${competency.id}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="grid-row__title">
        <span className="grid-row__id">{competency.id}</span> {competency.title[locale]}
      </h3>
      <p className="grid-row__evidence">
        {competency.evidence.length === 0
          ? t('grid.noEvidence')
          : t('grid.evidence', { positive: competency.positiveWeight, negative: competency.negativeWeight, count: competency.evidence.length })}
        {' · '}
        <span data-testid="grid-resolution">{t(`grid.resolution.${competency.resolution}`, { decision: competency.decision ? t(`mark.${competency.decision}`) : '' })}</span>
      </p>
      {competency.marks.length > 0 && (
        <ul className="grid-row__marks" aria-label={t('grid.marks')}>
          {[...(mine ? [mine] : []), ...others].map((mark) => (
            <li key={mark.seq}>
              {t('grid.markBy', {
                name: mark.author.id === you.id ? t('grid.you') : mark.author.name,
                decision: t(`mark.${mark.decision}`),
                time: new Date(mark.at).toLocaleTimeString(locale === 'fr' ? 'fr-FR' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
              })}
              {mark.author.president && ` (${t('grid.president')})`}
              {mark.comment && <q className="grid-row__comment">{mark.comment}</q>}
            </li>
          ))}
        </ul>
      )}
      <form className="grid-row__form" onSubmit={(event) => void submit(event)} aria-label={t('grid.yourMark', { id: competency.id })}>
        <ChoiceGroup
          legend={t('grid.yourMark', { id: competency.id })}
          value={decision}
          choices={markDecisions.map((value) => ({ value, label: t(`mark.${value}`) }))}
          onChange={(value) => {
            setDecision(value);
            setState('idle');
          }}
        />
        <label htmlFor={commentId} className="field__label">
          {t('grid.comment')}
        </label>
        <textarea id={commentId} value={comment} maxLength={2000} rows={2} onChange={(event) => setComment(event.target.value)} />
        <button type="submit" className="button button--small" disabled={state === 'saving'}>
          {t('grid.save', { id: competency.id })}
        </button>
        <span role="status" className="grid-row__state">
          {state === 'saved' ? t('grid.saved') : typeof state === 'object' ? t('grid.refused', { message: state.error }) : ''}
        </span>
      </form>
    </li>
  );
}

function FinalDecisionPanel({ grid, isPresident, send }: { grid: ExamGrid; isPresident: boolean; send: Send }) {
  const { t, locale } = useExaminerI18n();
  const [decision, setDecision] = useState<FinalDecision>(grid.finalDecision?.decision ?? 'admis');
  const [comment, setComment] = useState(grid.finalDecision?.comment ?? '');
  const [message, setMessage] = useState('');
  const commentId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ack = await send(examSocketEvents.decision, { decision, comment });
    setMessage(ack.ok ? t('grid.saved') : t('grid.refused', { message: ack.error.message[locale] }));
  };
  return (
    <div className="grid-panel__decision" data-testid="final-decision">
      <h3>{t('decision.title')}</h3>
      <p>
        {grid.finalDecision
          ? t('decision.recorded', {
              decision: t(`decision.${grid.finalDecision.decision}`),
              name: grid.finalDecision.author.name,
              time: new Date(grid.finalDecision.at).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB'),
            })
          : t('decision.none', { name: grid.president.name })}
      </p>
      {isPresident && (
        <form onSubmit={(event) => void submit(event)} aria-label={t('decision.title')}>
          <ChoiceGroup legend={t('decision.legend')} value={decision} choices={finalDecisions.map((value) => ({ value, label: t(`decision.${value}`) }))} onChange={setDecision} />
          <label htmlFor={commentId} className="field__label">
            {t('decision.comment')}
          </label>
          <textarea id={commentId} value={comment} maxLength={4000} rows={3} onChange={(event) => setComment(event.target.value)} />
          <button type="submit" className="button">
            {t('decision.record')}
          </button>
          <span role="status">{message}</span>
        </form>
      )}
    </div>
  );
}

function AuditTrail({ grid }: { grid: ExamGrid }) {
  const { t, locale } = useExaminerI18n();
  return (
    <details className="grid-panel__audit">
      <summary>{t('audit.title', { count: grid.audit.length })}</summary>
      <ol>
        {grid.audit.map((entry) => (
          <li key={entry.seq}>
            <time dateTime={new Date(entry.at).toISOString()}>{new Date(entry.at).toLocaleTimeString(locale === 'fr' ? 'fr-FR' : 'en-GB')}</time>{' '}
            {entry.author.name} — {entry.competency ?? t('decision.title')}{locale === 'fr' ? '\u00a0: ' : ': '}
            {entry.kind === 'mark' ? t(`mark.${entry.decision as MarkDecision}`) : t(`decision.${entry.decision as FinalDecision}`)}
            {entry.previous && ` (${t('audit.was', { decision: entry.kind === 'mark' ? t(`mark.${entry.previous.decision as MarkDecision}`) : t(`decision.${entry.previous.decision as FinalDecision}`) })})`}
            {entry.comment && <q>{entry.comment}</q>}
          </li>
        ))}
      </ol>
    </details>
  );
}
