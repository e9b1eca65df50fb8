import { useMemo, useState } from 'react';
import { Breadcrumb } from '../../app/Breadcrumb';
import { PageHeading } from '../../app/PageHeading';
import { Link } from '../../app/router/Link';
import { routePaths, routePrefixes } from '../../app/router/matchRoute';
import { useLocationPath } from '../../app/router/useLocationPath';
import type { ExamAck } from '../../../shared/protocol/examProtocol';
import { examSocketEvents } from '../../../shared/protocol/examProtocol';
import { StatusMessage } from '../../ui/StatusMessage';
import { VoiceTimeline } from '../debrief/VoiceTimeline';
import { SessionJournal } from '../desk/SessionJournal';
import type { ConsoleCall } from './consoleModel';
import { CustomerFilePanel } from './CustomerFilePanel';
import { EvidencePanel } from './EvidencePanel';
import { examExportUrls } from './examinerApi';
import { GridPanel } from './GridPanel';
import { LiveCustomerPanel } from './LiveCustomerPanel';
import { StateChart } from './StateChart';
import { timelineEntries, type TimelineEntry } from './timelineEntries';
import { useExaminerI18n } from './useExaminerI18n';
import { useExamConsole } from './useExamConsole';
import { VirtualList } from './VirtualList';
import { VoiceMetricsPanel } from './VoiceMetricsPanel';
import './examiner.css';

/** B's login page. */
const loginPath = '/connexion';

/** `/examinateur/examen/:examId`. */
export function ConsolePage() {
  const path = useLocationPath();
  const raw = path.slice(routePrefixes.examConsole.length).split('/')[0] ?? '';
  let examId = raw;
  try {
    examId = decodeURIComponent(raw);
  } catch {
    // A malformed escape: the server refuses this exam, and says so.
  }
  return <ExamConsole key={examId} examId={examId} />;
}

/**
 * The examiner's console of a live exam: status and controls, the current call's state chart, a
 * timeline of every candidate action, the CRM as the candidate sees it, voice metrics, suggested
 * evidence, the live customer (when the examiner plays it), the grid, and the exports.
 */
function ExamConsole({ examId }: { examId: string }) {
  const { t, locale } = useExaminerI18n();
  const { connection, error, log, model, send } = useExamConsole(examId);
  const [commandError, setCommandError] = useState<string | null>(null);
  const timeline = useMemo(
    () => timelineEntries((model?.calls ?? []).map((call) => ({ callNumber: call.index + 1, events: call.events, actions: call.session?.actions ?? [] }))),
    [model],
  );

  const command = async (event: (typeof examSocketEvents)['start' | 'next']) => {
    const ack: ExamAck = await send(event, {});
    setCommandError(ack.ok ? null : ack.error.message[locale]);
  };

  const crumbs = [{ label: t('examiner.title'), href: routePaths.examiner }, { label: t('console.title') }];
  if (error) {
    return (
      <div className="page console">
        <Breadcrumb trail={crumbs} />
        <PageHeading title={t('console.title')} />
        <StatusMessage kind="error" title={t('console.refused', { message: error.message[locale] })}>
          <p>
            <Link href={loginPath}>{t('examiner.signIn')}</Link>
          </p>
        </StatusMessage>
      </div>
    );
  }
  if (!log || !model?.exam) {
    return (
      <div className="page console" aria-busy="true">
        <Breadcrumb trail={crumbs} />
        <PageHeading title={t('console.title')} />
        <StatusMessage kind="loading" title={t('console.connecting')} />
      </div>
    );
  }

  const { exam, current } = model;
  const isLast = exam.calls.length >= exam.scenarioIds.length;
  return (
    <div className="page console">
      <Breadcrumb trail={crumbs} />
      <PageHeading title={t('console.heading', { name: exam.candidateName })} />
      {connection === 'offline' && (
        <p role="status" className="console__offline">
          {t('console.offline')}
        </p>
      )}
      <section className="console-panel console__status" aria-labelledby="status-title">
        <h2 id="status-title">{t('console.status')}</h2>
        <p data-testid="exam-status">
          {t(`status.${exam.status}`)}
          {exam.status === 'running' && current && ` — ${t('console.callOf', { number: current.index + 1, count: exam.scenarioIds.length, title: current.scenario.title })}`}
          {exam.status === 'waiting' && ` — ${t(exam.candidateJoined ? 'console.candidateHere' : 'console.candidateAway')}`}
        </p>
        <p>
          {t('console.code')} <strong className="console__code">{exam.code}</strong> · {t(`mode.${exam.customerMode}`)} · {t('console.timeFactor', { factor: exam.timeFactor })}
        </p>
        <div className="console__controls">
          {exam.status === 'waiting' && (
            <button type="button" className="button" onClick={() => void command(examSocketEvents.start)}>
              {t('console.start')}
            </button>
          )}
          {exam.status === 'running' && (
            <button type="button" className="button" onClick={() => void command(examSocketEvents.next)}>
              {t(isLast ? 'console.finish' : 'console.next')}
            </button>
          )}
        </div>
        {commandError && <p role="alert">{commandError}</p>}
        <p className="console__exports">
          {t('console.exports')} <a href={examExportUrls(examId).pdf}>{t('export.pdf')}</a> · <a href={examExportUrls(examId).csv}>{t('export.csv')}</a> ·{' '}
          <a href={examExportUrls(examId).json}>{t('export.json')}</a>
        </p>
      </section>

      <div className="console__grid">
        {current && <CurrentCall call={current} liveCustomer={exam.customerMode === 'live'} send={send} />}
        <section className="console-panel console__timeline" aria-labelledby="timeline-title">
          <h2 id="timeline-title">
            {t('timeline.title')} <span className="console__count">({timeline.length})</span>
          </h2>
          {timeline.length === 0 ? (
            <p>{t('timeline.empty')}</p>
          ) : (
            <VirtualList
              items={timeline}
              rowHeight={28}
              height={320}
              label={t('timeline.title')}
              itemKey={(entry) => entry.key}
              renderItem={(entry) => <TimelineRow entry={entry} />}
            />
          )}
        </section>
      </div>
      {model.grid && log.watch.you && <GridPanel grid={model.grid} you={log.watch.you} send={send} />}
    </div>
  );
}

function TimelineRow({ entry }: { entry: TimelineEntry }) {
  const { t, locale } = useExaminerI18n();
  return (
    <span className={`timeline-row timeline-row--${entry.kind}${entry.refused ? ' timeline-row--refused' : ''}`} data-testid="timeline-entry">
      <time dateTime={new Date(entry.at).toISOString()}>{new Date(entry.at).toLocaleTimeString(locale === 'fr' ? 'fr-FR' : 'en-GB')}</time>{' '}
      <span className="timeline-row__call">{t('timeline.call', { number: entry.callNumber })}</span> <span className="timeline-row__kind">{t(`timeline.kind.${entry.kind}`)}</span>{' '}
      {entry.text[locale]}
    </span>
  );
}

function CurrentCall({ call, liveCustomer, send }: { call: ConsoleCall; liveCustomer: boolean; send: ReturnType<typeof useExamConsole>['send'] }) {
  const { t } = useExaminerI18n();
  const session = call.session;
  if (!session) return <p>{t('console.callStarting')}</p>;
  const context = session.run.snapshot.context;
  const crmCount = call.events.filter((event) => event.type === 'crm.request').length;
  return (
    <>
      {call.replayError && <p role="alert">{t('console.replayError', { message: call.replayError })}</p>}
      <StateChart scenario={call.scenario} step={context.step} ending={context.ending} />
      {liveCustomer && <LiveCustomerPanel session={session} send={send} />}
      <section className="console-panel console__crm" aria-labelledby="crm-title">
        <h2 id="crm-title">{t('crm.title')}</h2>
        <CustomerFilePanel session={session} />
        <SessionJournal sessionId={call.sessionId} version={crmCount} />
      </section>
      {call.debrief && <VoiceMetricsPanel voice={call.debrief.voice} />}
      {call.debrief && call.debrief.voice.timeline.length > 0 && (
        <VoiceTimeline segments={call.debrief.voice.timeline} durationMs={Math.max(...call.debrief.voice.timeline.map((segment) => segment.end))} />
      )}
      {call.debrief && <EvidencePanel competencies={call.debrief.competencies} />}
    </>
  );
}
