import { useCallback, useEffect, useState } from 'react';
import { Breadcrumb } from '../../app/Breadcrumb';
import { PageHeading } from '../../app/PageHeading';
import { Link } from '../../app/router/Link';
import { deskPath, routePaths } from '../../app/router/matchRoute';
import { useLocationPath } from '../../app/router/useLocationPath';
import { StatusMessage } from '../../ui/StatusMessage';
import { StatusTag } from '../../ui/StatusTag';
import { formatCallTime, sourceKindLabels } from '../../../shared/scoring/debriefLabels';
import type { Debrief, DebriefResult } from './debriefApi';
import { debriefUrls, fetchDebrief } from './debriefApi';
import { FicheEditor } from './FicheEditor';
import { useDebriefI18n } from './useDebriefI18n';
import { VoiceTimeline } from './VoiceTimeline';
import './debrief.css';

/** The ending's title, with its outcome when the title does not already say it. */
function endingText(ending: NonNullable<Debrief['ending']>, locale: 'fr' | 'en'): string {
  const title = ending.title[locale];
  const outcome = ending.outcomeLabel[locale];
  return title === outcome ? title : `${title} (${outcome})`;
}

/** `/seance/:sessionId/bilan` → the session id. */
function sessionIdOf(pathname: string): string {
  const raw = pathname.split('/')[2] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The debrief of a finished practice call: what happened, the evidence per competency with its
 * time and source, compliance, the voice timeline, what the call says of the referential, and
 * the editable « fiche pratique ». Printable (print stylesheet), downloadable as PDF and JSON.
 */
export function DebriefPage() {
  const sessionId = sessionIdOf(useLocationPath());
  // Another session starts from a blank page.
  return <DebriefSession key={sessionId} sessionId={sessionId} />;
}

function DebriefSession({ sessionId }: { sessionId: string }) {
  const { t, locale } = useDebriefI18n();
  const [result, setResult] = useState<DebriefResult | null>(null);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setResult(null);
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    fetchDebrief(sessionId, controller.signal).then(setResult, () => undefined);
    return () => controller.abort();
  }, [sessionId, attempt]);

  const title = result?.status === 'ready' ? `${t('debrief.title')} — ${result.debrief.scenario.title}` : t('debrief.title');
  return (
    <div className="debrief page">
      <Breadcrumb trail={[{ label: t('candidate.title'), href: routePaths.candidate }, { label: t('debrief.title') }]} />
      <PageHeading title={title} />
      {result === null && <StatusMessage kind="loading" title={t('debrief.loading')} />}
      {result?.status === 'not-finished' && (
        <StatusMessage
          kind="empty"
          title={t('debrief.notFinishedTitle')}
          action={
            <Link href={deskPath(sessionId)} className="button">
              {t('debrief.backToDesk')}
            </Link>
          }
        >
          <p>{result.message[locale]}</p>
        </StatusMessage>
      )}
      {result?.status === 'not-found' && (
        <StatusMessage kind="error" title={t('debrief.notFoundTitle')}>
          <p>{t('debrief.notFoundText')}</p>
        </StatusMessage>
      )}
      {result?.status === 'error' && (
        <StatusMessage
          kind="error"
          title={t('debrief.errorTitle')}
          action={
            <button type="button" className="button" onClick={retry}>
              {t('debrief.retry')}
            </button>
          }
        >
          <p>{result.detail}</p>
        </StatusMessage>
      )}
      {result?.status === 'ready' && <DebriefBody sessionId={sessionId} debrief={result.debrief} />}
    </div>
  );
}

function DebriefBody({ sessionId, debrief }: { sessionId: string; debrief: Debrief }) {
  const { t, locale } = useDebriefI18n();
  const seconds = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toLocaleString(locale, { maximumFractionDigits: 1 })}\u00a0s`);
  const v = debrief.voice;
  const passed = debrief.verdict.passed;
  return (
    <>
      <nav className="debrief__buttons no-print" aria-label={t('debrief.actions')}>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('debrief.print')}
        </button>
        <a className="button button--secondary" href={debriefUrls.pdf(sessionId, locale)} download>
          {t('debrief.pdf')}
        </a>
        <a className="button button--secondary" href={debriefUrls.json(sessionId)} download>
          {t('debrief.json')}
        </a>
      </nav>

      <section aria-labelledby="debrief-summary" className="debrief__section">
        <h2 id="debrief-summary">{t('debrief.summary')}</h2>
        <p>
          {t(`debrief.mode.${debrief.mode}`)} · {t('debrief.duration')}&nbsp;: {formatCallTime(debrief.times.durationMs)}
        </p>
        <p>
          <strong>{t('debrief.ending')}&nbsp;:</strong>{' '}
          {debrief.ending ? endingText(debrief.ending, locale) : t('debrief.noEnding')}
        </p>
        {debrief.ending?.summary && <p>{debrief.ending.summary[locale]}</p>}
        <p data-testid="debrief-verdict">
          <strong>{t('debrief.verdict')}&nbsp;:</strong> <StatusTag tone={passed ? 'success' : 'danger'}>{t(passed ? 'debrief.passed' : 'debrief.failed')}</StatusTag>{' '}
          {debrief.verdict.text[locale]}
        </p>
        {debrief.verdict.blockers.length > 0 && (
          <>
            <h3>{t('debrief.blockers')}</h3>
            <ul>
              {debrief.verdict.blockers.map((b, i) => (
                <li key={i}>
                  {b.competency} — {(b.note ?? b.source.text)[locale]}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="debrief-competencies" className="debrief__section">
        <h2 id="debrief-competencies">{t('debrief.competencies')}</h2>
        {debrief.competencies.length === 0 && <p>{t('debrief.noEvidence')}</p>}
        {debrief.competencies.map((competency) => (
          <article key={competency.id} className="debrief__competency" data-competency={competency.id}>
            <h3>
              {competency.id} — {competency.title[locale]}
            </h3>
            <table className="debrief__evidence">
              <thead>
                <tr>
                  <th scope="col">{t('debrief.time')}</th>
                  <th scope="col">{t('debrief.direction')}</th>
                  <th scope="col">{t('debrief.source')}</th>
                </tr>
              </thead>
              <tbody>
                {competency.evidence.map((e, i) => (
                  <tr key={i}>
                    <td>{formatCallTime(e.atMs)}</td>
                    <td>
                      <StatusTag tone={e.positive ? 'success' : e.blocker ? 'danger' : 'warning'}>
                        {e.positive ? `+ ${t('debrief.for')}` : `− ${t('debrief.against')}`}
                        {e.blocker && !e.positive ? ` (${t('debrief.blocking')})` : ''}
                      </StatusTag>
                      {e.weight !== 1 && <span className="debrief__weight"> {t('debrief.weight', { weight: e.weight })}</span>}
                    </td>
                    <td>
                      <span className="debrief__source-kind">{sourceKindLabels[e.source.kind][locale]}</span>
                      {locale === 'fr' ? '\u00a0: ' : ': '}
                      {e.source.text[locale]}
                      {e.note && <span className="debrief__note">{e.note[locale]}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
        ))}
      </section>

      {debrief.compliance.outbound && (
        <section aria-labelledby="debrief-compliance" className="debrief__section">
          <h2 id="debrief-compliance">{t('debrief.compliance')}</h2>
          <ul className="debrief__findings">
            {debrief.compliance.findings.map((f) => (
              <li key={f.rule}>
                <StatusTag tone={f.ok ? 'success' : f.blocker ? 'danger' : 'warning'}>{t(f.ok ? 'debrief.ruleOk' : 'debrief.ruleBreached')}</StatusTag> <strong>{f.title[locale]}</strong> ({f.reference}) — {f.message[locale]}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="debrief-voice" className="debrief__section">
        <h2 id="debrief-voice">{t('debrief.voice')}</h2>
        {!v.measured && <p data-testid="voice-not-measured">{t('debrief.voiceNotMeasured')}</p>}
        <dl className="debrief__metrics">
          {(
            [
              ['debrief.candidateTalk', seconds(v.candidateTalkMs)],
              ['debrief.customerTalk', seconds(v.customerTalkMs)],
              ['debrief.share', v.candidateShare === null ? '—' : `${Math.round(v.candidateShare * 100)}\u00a0%`],
              ['debrief.latency', seconds(v.medianLatencyMs)],
              ['debrief.silences', v.longSilences === null ? '—' : String(v.longSilences.length)],
              ['debrief.interruptions', v.interruptions === null ? '—' : String(v.interruptions.length)],
              ['debrief.hold', `${seconds(v.holdMs)}, ${seconds(v.longestHoldMs)}`],
            ] as const
          ).map(([key, value]) => (
            <div key={key}>
              <dt>{t(key)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {v.durationMs !== null && v.timeline.length > 0 && <VoiceTimeline segments={v.timeline} durationMs={v.durationMs} />}
      </section>

      <section aria-labelledby="debrief-coverage" className="debrief__section">
        <h2 id="debrief-coverage">{t('debrief.coverage')}</h2>
        <p>{debrief.coverage.statement[locale]}</p>
      </section>

      <section aria-labelledby="debrief-fiche" className="debrief__section">
        <h2 id="debrief-fiche">{t('debrief.fiche')}</h2>
        <p className="no-print">{t('debrief.ficheIntro')}</p>
        <FicheEditor key={locale} sessionId={sessionId} title={debrief.scenario.title} draft={debrief.fiche[locale]} />
      </section>
    </>
  );
}
