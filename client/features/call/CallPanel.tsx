import { useEffect } from 'react';
import type { CandidateView } from '../../../shared/protocol/callProtocol';
import { useI18n } from '../../app/i18n/useI18n';
import { StatusMessage } from '../../ui/StatusMessage';
import type { CallConnectionOptions } from './createCallConnection';
import type { DialRequest } from './Dialler';
import { DialoguePanel } from './DialoguePanel';
import { Softphone } from './Softphone';
import { useCallI18n } from './useCallI18n';
import { useCallSession } from './useCallSession';
import { useServerNow } from './useServerNow';
import './call.css';

export type CallPanelProps = {
  sessionId: string;
  dialRequest?: DialRequest | null;
  /** Tests give their own socket; the page uses socket.io-client on its origin. */
  openSocket?: CallConnectionOptions['openSocket'];
  /** Whether the ended call links to its debrief (not in a live exam). Default true. */
  debriefLink?: boolean;
  /** Told of each view the server sends (the exam page follows the call's phase). */
  onView?: (view: CandidateView) => void;
};

/**
 * The call column of the desk: one connection to the session, the softphone and the dialogue
 * drawn from each view the server sends, the link's state, and any refusal in plain French.
 */
export function CallPanel({ sessionId, dialRequest = null, openSocket, debriefLink = true, onView }: CallPanelProps) {
  const { t } = useCallI18n();
  const { locale } = useI18n();
  const { state, send, dismissError } = useCallSession(sessionId, openSocket);
  const { view } = state;
  const ticking = view !== null && view.phase !== 'ended';
  const now = useServerNow(state.clockOffsetMs, ticking);
  useEffect(() => {
    if (view) onView?.(view);
  }, [view, onView]);

  return (
    <div className="call-panel" data-call-panel aria-label={t('call.region')} role="region">
      {state.joinError && <StatusMessage kind="error" title={t('call.joinError', { message: state.joinError.message[locale] })} />}
      {!view && !state.joinError && <StatusMessage kind="loading" title={t('call.connecting')} />}
      {state.connection === 'offline' && <p className="call-panel__offline" role="status">{t('call.offline')}</p>}
      {state.commandError && (
        <div className="call-panel__error" role="alert">
          <p>{t('call.commandError', { message: state.commandError.message[locale] })}</p>
          <button type="button" className="button button--secondary button--small" onClick={dismissError}>
            {t('call.dismiss')}
          </button>
        </div>
      )}
      {view && (
        <>
          <p className="call-panel__mode">
            <span className={`badge badge--${view.mode === 'exam' ? 'accent' : 'neutral'}`}>{t(view.mode === 'exam' ? 'call.mode.exam' : 'call.mode.guided')}</span>
            {state.pending > 0 && <span className="call-panel__pending"> {t('call.pending')}</span>}
          </p>
          <Softphone view={view} now={now} send={send} dialRequest={dialRequest} debriefLink={debriefLink} />
          <DialoguePanel view={view} send={send} />
        </>
      )}
    </div>
  );
}
