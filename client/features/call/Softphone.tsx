import { useEffect, useId, useRef, useState } from 'react';
import type { CandidateView } from '../../../shared/protocol/callProtocol';
import { outcomeLabels } from '../../../shared/scoring/outcomeLabels';
import type { Locale } from '../../app/i18n/locales';
import { Link } from '../../app/router/Link';
import { debriefPath } from '../../app/router/matchRoute';
import type { CallCommandInput } from './createCallConnection';
import { Dialler, type DialRequest } from './Dialler';
import { startRingTone } from './startRingTone';
import { useCallI18n } from './useCallI18n';
import { usePersistentFlag } from './usePersistentFlag';
import { formatDuration } from './useServerNow';

export type SoftphoneProps = {
  view: CandidateView;
  /** The server's time now, ticking. */
  now: number;
  send: (command: CallCommandInput) => void;
  /** A number put into the dialler from elsewhere (click-to-call in the CRM). */
  dialRequest?: DialRequest | null;
  /** Whether the ended call links to its debrief (not in a live exam). Default true. */
  debriefLink?: boolean;
};

/** The candidate's phone: ring and answer, the line's controls, the after-call timer, the dialler. */
export function Softphone({ view, now, send, dialRequest = null, debriefLink = true }: SoftphoneProps) {
  const { t, locale } = useCallI18n();
  const titleId = useId();
  const [ringSound, setRingSound] = usePersistentFlag('plateau.ringSound', true);
  const ringing = view.phase === 'ringing';

  useEffect(() => {
    if (!ringing || !ringSound) return;
    return startRingTone();
  }, [ringing, ringSound]);

  // Focus follows the call: the wrap-up's button, then the debrief link, once each phase comes.
  const finishRef = useRef<HTMLButtonElement>(null);
  const endedRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const target = view.phase === 'wrap-up' ? finishRef.current : view.phase === 'ended' ? endedRef.current?.querySelector('a') : null;
    if (target && focusIsFree(rootRef.current)) target.focus();
  }, [view.phase]);

  return (
    <section ref={rootRef} className={`softphone softphone--${view.phase}`} aria-labelledby={titleId} data-testid="softphone">
      <div className="softphone__head">
        <h2 id={titleId} className="softphone__title">
          {t('softphone.title')}
        </h2>
        <p className="softphone__phase" role="status">
          {t(`softphone.phase.${view.phase}`)}
        </p>
      </div>

      {ringing && (
        <div className="softphone__ringing">
          <p className="softphone__number">
            <span className="softphone__label">{t('softphone.caller')}</span> <strong>{view.displayedNumber ?? '—'}</strong>
          </p>
          <button type="button" className="button softphone__answer" onClick={() => send({ type: 'call.answer' })}>
            {t('softphone.answer')}
          </button>
          <label className="softphone__toggle">
            <input type="checkbox" checked={ringSound} onChange={(event) => setRingSound(event.target.checked)} /> {t('softphone.ringSound')}
          </label>
        </div>
      )}

      {view.phase === 'preparing' && <Dialler view={view} send={send} request={dialRequest} />}

      {view.connectedAt !== null && (
        <p className="softphone__timer">
          <span className="softphone__label">{t('softphone.callTime')}</span>{' '}
          <time data-testid="call-timer">{formatDuration((view.endedAt ?? now) - view.connectedAt)}</time>
        </p>
      )}

      {view.phase === 'connected' && <LineControls view={view} now={now} send={send} />}

      {view.phase === 'wrap-up' && (
        <div className="softphone__wrap-up">
          {view.wrapUpEndsAt !== null && (
            <p className="softphone__timer">
              {view.wrapUpEndsAt > now ? (
                <>
                  <span className="softphone__label">{t('softphone.wrapUpLeft')}</span>{' '}
                  <time data-testid="wrap-up-timer">{formatDuration(view.wrapUpEndsAt - now)}</time>
                </>
              ) : (
                t('softphone.wrapUpOver')
              )}
            </p>
          )}
          <p className="softphone__help">{t('softphone.wrapUpHelp')}</p>
          <button ref={finishRef} type="button" className="button" onClick={() => send({ type: 'wrapUp.finish' })}>
            {t('softphone.finishWrapUp')}
          </button>
        </div>
      )}

      {view.phase === 'ended' && (
        <div ref={endedRef} className="softphone__ended">
          {view.ending && <p>{t('softphone.ending', { outcome: outcomeLabel(view.ending.outcome, locale) })}</p>}
          {debriefLink && (
            <Link href={debriefPath(view.sessionId)} className="button">
              {t('softphone.debrief')}
            </Link>
          )}
        </div>
      )}

      {view.dialAttempts.length > 0 && (
        <div className="softphone__attempts">
          <h3 className="softphone__subtitle">{t('softphone.attempts')}</h3>
          <ol>
            {view.dialAttempts.map((attempt) => (
              <li key={`${attempt.at}-${attempt.number}`}>
                <time dateTime={new Date(attempt.at).toISOString()}>
                  {new Date(attempt.at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' })}
                </time>{' '}
                {attempt.number} — {t(`softphone.attempt.${attempt.result}`)}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}

function LineControls({ view, now, send }: { view: CandidateView; now: number; send: SoftphoneProps['send'] }) {
  const { t } = useCallI18n();
  const [service, setService] = useState(view.transfers[0] ?? '');
  const selectId = useId();
  const chosen = view.transfers.includes(service) ? service : (view.transfers[0] ?? '');

  return (
    <div className="softphone__controls">
      {view.onHold && view.holdSince !== null && (
        <p className="softphone__hold" role="status">
          <span className="softphone__label">{t('softphone.onHold')}</span> <time data-testid="hold-timer">{formatDuration(now - view.holdSince)}</time>
        </p>
      )}
      {view.muted && <p className="softphone__muted">{t('softphone.muted')}</p>}
      <div className="softphone__buttons">
        <button type="button" className="button button--secondary" aria-pressed={view.onHold} onClick={() => send({ type: view.onHold ? 'call.resume' : 'call.hold' })}>
          {t(view.onHold ? 'softphone.resume' : 'softphone.hold')}
        </button>
        <button type="button" className="button button--secondary" aria-pressed={view.muted} onClick={() => send({ type: view.muted ? 'call.unmute' : 'call.mute' })}>
          {t(view.muted ? 'softphone.unmute' : 'softphone.mute')}
        </button>
      </div>
      {view.transfers.length > 0 && (
        <form
          className="softphone__transfer"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) send({ type: 'call.transfer', service: chosen });
          }}
        >
          <label htmlFor={selectId}>{t('softphone.transferTo')}</label>
          <select id={selectId} value={chosen} onChange={(event) => setService(event.target.value)}>
            {view.transfers.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary">
            {t('softphone.transfer')}
          </button>
        </form>
      )}
      <button type="button" className="button softphone__hang-up" onClick={() => send({ type: 'call.hangUp' })}>
        {t('softphone.hangUp')}
      </button>
    </div>
  );
}

/**
 * True when moving the focus would not pull the candidate out of something else (the CRM, a
 * field): nothing has it, or it is inside the call panel around `element`.
 */
export function focusIsFree(element: Element | null): boolean {
  const active = document.activeElement;
  const panel = element?.closest('[data-call-panel]') ?? element;
  return !active || active === document.body || (panel !== null && panel !== undefined && panel.contains(active));
}

/** An ending's outcome in words; an id this client does not know yet is shown as it is. */
function outcomeLabel(outcome: string, locale: Locale): string {
  return Object.hasOwn(outcomeLabels, outcome) ? outcomeLabels[outcome as keyof typeof outcomeLabels][locale] : outcome;
}
