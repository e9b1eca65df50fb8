import { useCallback, useEffect, useMemo, useState } from 'react';
import { Breadcrumb } from '../../app/Breadcrumb';
import { useCrmI18n } from '../crm/useCrmI18n';
import { PageHeading } from '../../app/PageHeading';
import { Link } from '../../app/router/Link';
import { deskPath, routePaths } from '../../app/router/matchRoute';
import { navigate } from '../../app/router/navigate';
import { useLocationPath } from '../../app/router/useLocationPath';
import { StatusMessage } from '../../ui/StatusMessage';
import { createCrmClient } from '../crm/crmClient';
import { CrmContext, createCrmMemory, createSearchFocus, type CrmEnvironment } from '../crm/CrmContext';
import { formatLongDay } from '../crm/crmFormat';
import { crmViewPath, parseCrmView, type CrmView } from '../crm/crmViews';
import { CrmWorkspace } from '../crm/CrmWorkspace';
import { CallPanel, type CallPanelProps } from '../call/CallPanel';
import { ClickToCallContext, type ClickToCall } from '../call/ClickToCallContext';
import type { DialRequest } from '../call/Dialler';
import { useDelayedFlag } from '../crm/useDelayedFlag';
import type { SessionDescription } from './sessionApi';
import { SessionJournal } from './SessionJournal';
import { splitDeskPath } from './splitDeskPath';
import { useDeskSession } from './useDeskSession';
import './desk.css';

/**
 * The agent desktop of a practice session: the scenario and the call's business day above, the
 * call (softphone and dialogue) beside the CRM, the session's journal after them. Ctrl+K (or « / »
 * outside a field) finds a customer from any screen; a phone number in the CRM can be put into
 * the dialler.
 */
export function DeskPage() {
  const { sessionId, rest } = splitDeskPath(useLocationPath());
  // A new session starts with a fresh memory, client and journal.
  return <DeskSession key={sessionId} sessionId={sessionId} view={parseCrmView(rest)} />;
}

function DeskSession({ sessionId, view }: { sessionId: string; view: CrmView }) {
  const { t, locale } = useCrmI18n();
  const desk = useDeskSession(sessionId);
  const slow = useDelayedFlag(desk.status === 'loading');
  const title = desk.status === 'ready' ? desk.session.title : t('desk.title');

  return (
    <div className="desk page">
      <Breadcrumb trail={[{ label: t('candidate.title'), href: routePaths.candidate }, { label: t('desk.title') }]} />
      <header className="desk__header">
        <PageHeading title={title} />
        {desk.status === 'ready' && (
          <p className="desk__day">
            {t('desk.businessDay')}{' '}
            <time dateTime={desk.session.today} className="desk__day-value">
              {formatLongDay(desk.session.today, locale)}
            </time>
          </p>
        )}
        {desk.status === 'ready' && desk.session.briefing[locale] && (
          <details className="desk__briefing">
            <summary>{t('desk.briefing')}</summary>
            <p>{desk.session.briefing[locale]}</p>
          </details>
        )}
      </header>
      {desk.status === 'loading' && <div aria-busy="true">{slow && <StatusMessage kind="loading" title={t('desk.loading')} />}</div>}
      {desk.status === 'error' &&
        (desk.failure.kind === 'notFound' ? (
          <StatusMessage
            kind="error"
            title={t('desk.notFoundTitle')}
            action={
              <Link href={routePaths.candidate} className="button">
                {t('desk.backToCatalogue')}
              </Link>
            }
          >
            <p>{t('desk.notFoundText')}</p>
          </StatusMessage>
        ) : (
          <StatusMessage
            kind="error"
            title={t('desk.errorTitle')}
            action={
              <button type="button" className="button" onClick={desk.retry}>
                {t('crm.retry')}
              </button>
            }
          >
            <p>{desk.failure.kind === 'http' ? `HTTP ${desk.failure.status}` : t(desk.failure.kind === 'format' ? 'crm.unreadable' : 'crm.network')}</p>
          </StatusMessage>
        ))}
      {desk.status === 'ready' && <DeskBody session={desk.session} direction={desk.session.direction} view={view} basePath={deskPath(desk.session.id)} />}
    </div>
  );
}

type DeskBodyProps = {
  session: SessionDescription;
  direction: 'inbound' | 'outbound';
  view: CrmView;
  /** Where the CRM screens live: the desk's path, or the exam page's. */
  basePath: string;
  /** What the call panel adds for the page (the exam page hides the debrief). */
  callPanel?: Pick<CallPanelProps, 'debriefLink' | 'openSocket' | 'onView'>;
};

/** The call beside the CRM, then the journal: the practice desk and the exam page both use it. */
export function DeskBody({ session, direction, view, basePath, callPanel }: DeskBodyProps) {
  const [version, setVersion] = useState(0);
  const [currentCustomer, setCurrent] = useState<{ id: string; name: string } | null>(null);
  const [memory] = useState(() => createCrmMemory());
  const [searchFocus] = useState(() => createSearchFocus());
  const [dialRequest, setDialRequest] = useState<DialRequest | null>(null);
  const clickToCall = useMemo<ClickToCall>(() => ({ callNumber: (number) => setDialRequest((before) => ({ number, nonce: (before?.nonce ?? 0) + 1 })) }), []);
  const client = useMemo(() => createCrmClient(session.id, () => setVersion((count) => count + 1)), [session.id]);
  const hrefFor = useCallback((target: CrmView) => `${basePath}${crmViewPath(target)}`, [basePath]);
  const setCurrentCustomer = useCallback((customer: { id: string; name: string }) => {
    setCurrent((before) => (before?.id === customer.id && before.name === customer.name ? before : customer));
  }, []);

  const environment = useMemo<CrmEnvironment>(
    () => ({
      sessionId: session.id,
      today: session.today,
      direction,
      client,
      hrefFor,
      memory,
      currentCustomer,
      setCurrentCustomer,
      searchFocus,
    }),
    [session.id, session.today, direction, client, hrefFor, memory, currentCustomer, setCurrentCustomer, searchFocus],
  );

  // Ctrl+K (⌘K) from anywhere, « / » outside a field: to the customer search, focused.
  const onSearchScreen = view.screen === 'search';
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (!commandK && !slash) return;
      event.preventDefault();
      searchFocus.request();
      if (!onSearchScreen) navigate(hrefFor({ screen: 'search' }));
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onSearchScreen, hrefFor, searchFocus]);

  return (
    <CrmContext value={environment}>
      <ClickToCallContext value={clickToCall}>
        <div className="desk__body desk__body--call">
          <CallPanel sessionId={session.id} dialRequest={dialRequest} {...callPanel} />
          <section className="desk__crm" aria-label="CRM">
            <CrmWorkspace view={view} />
          </section>
          <SessionJournal sessionId={session.id} version={version} />
        </div>
      </ClickToCallContext>
    </CrmContext>
  );
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}
