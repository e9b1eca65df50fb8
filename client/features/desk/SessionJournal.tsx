import { useEffect, useId, useRef, useState } from 'react';
import { useCrmI18n } from '../crm/useCrmI18n';
import { StatusTag } from '../../ui/StatusTag';
import { formatClock } from '../crm/crmFormat';
import { fetchSessionActions, type SessionActionRecord } from './sessionApi';

type SessionJournalProps = {
  sessionId: string;
  /** Changes after each CRM request the page makes: the journal is read again then. */
  version: number;
};

/**
 * « Journal de la séance »: every CRM request of the session, reads included, oldest first, each
 * with its time and its summary in the current language; refused ones are marked.
 */
export function SessionJournal({ sessionId, version }: SessionJournalProps) {
  const { t, locale, plural } = useCrmI18n();
  const titleId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const [actions, setActions] = useState<SessionActionRecord[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchSessionActions(sessionId, controller.signal).then(
      (result) => {
        if (result.ok) setActions(result.data);
        setFailed(!result.ok);
      },
      () => undefined, // aborted: a newer read is on its way
    );
    return () => controller.abort();
  }, [sessionId, version, attempt]);

  // The newest entry is the last: keep it in view.
  const count = actions?.length ?? 0;
  useEffect(() => {
    const list = listRef.current;
    if (list && typeof list.scrollTo === 'function') list.scrollTo({ top: list.scrollHeight });
  }, [count]);

  return (
    <aside className="journal" aria-labelledby={titleId} data-testid="session-journal">
      <div className="journal__head">
        <h2 id={titleId} className="journal__title">
          {t('journal.title')}
        </h2>
        {actions && <p className="journal__count">{plural('journal.count', actions.length)}</p>}
      </div>
      <p className="journal__intro">{t('journal.intro')}</p>
      {failed && (
        <p className="journal__error" role="alert">
          {t('journal.error')}{' '}
          <button type="button" className="button button--secondary button--small" onClick={() => setAttempt((value) => value + 1)}>
            {t('crm.retry')}
          </button>
        </p>
      )}
      {actions === null ? null : actions.length === 0 ? (
        <p className="journal__empty">{t('journal.empty')}</p>
      ) : (
        // Focusable so that a long journal can be scrolled with the keyboard.
        <ol ref={listRef} className="journal__list" tabIndex={0} aria-labelledby={titleId}>
          {actions.map((record) => {
            const refused = record.action.status >= 400;
            return (
              <li key={record.seq} className={refused ? 'journal__entry journal__entry--refused' : 'journal__entry'} data-testid="journal-entry">
                <time className="journal__time" dateTime={record.at}>
                  {formatClock(record.at, locale)}
                </time>
                <span className="journal__kind">{t(record.action.kind === 'read' ? 'journal.read' : 'journal.write')}</span>
                {refused && <StatusTag tone="danger">{t(record.action.status === 503 ? 'journal.unavailable' : 'journal.refused')}</StatusTag>}
                <span className="journal__summary">{record.action.summary[locale]}</span>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
