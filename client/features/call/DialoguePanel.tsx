import { useEffect, useId, useMemo, useRef } from 'react';
import type { CandidateView } from '../../../shared/protocol/callProtocol';
import type { CallCommandInput } from './createCallConnection';
import { focusIsFree } from './Softphone';
import { findFrenchVoice, speakCustomerLine, stopSpeaking } from './speakCustomerLine';
import { useCallI18n } from './useCallI18n';
import { usePersistentFlag } from './usePersistentFlag';
import { VoiceControl } from './VoiceControl';

export type DialoguePanelProps = {
  view: CandidateView;
  send: (command: CallCommandInput) => void;
};

/**
 * The conversation: the transcript (new customer lines announced, and read aloud when the browser
 * has a French voice), the answers to choose from (buttons, or keys 1–9 outside a field), the
 * guided mode's hint, and the microphone switch for voice detection.
 */
export function DialoguePanel({ view, send }: DialoguePanelProps) {
  const { t, locale } = useCallI18n();
  const titleId = useId();
  const [speak, setSpeak] = usePersistentFlag('plateau.speakCustomer', true);
  const optionsRef = useRef<HTMLOListElement>(null);
  // Options may come before the line is open (an outbound call's preparation: « I won't call »).
  const options = useMemo(() => (view.phase === 'connected' || view.phase === 'preparing' ? view.options : []), [view.phase, view.options]);
  const optionKey = options.map((option) => option.id).join('|');

  // New answers to choose from: the first takes the focus, unless the candidate is busy elsewhere.
  useEffect(() => {
    if (optionKey === '') return;
    const first = optionsRef.current?.querySelector('button');
    if (first && focusIsFree(optionsRef.current)) first.focus();
  }, [optionKey]);

  // Keys 1–9 choose an answer, from anywhere but a field or the dialler's keypad.
  useEffect(() => {
    if (options.length === 0) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || isTyping(event.target)) return;
      const index = '123456789'.indexOf(event.key);
      const option = index === -1 ? undefined : options[index];
      if (!option) return;
      event.preventDefault();
      send({ type: 'dialogue.choose', option: option.id });
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [options, send]);

  // Customer lines that arrive while the page is open are read aloud; the backlog of a reload is not.
  const spokenCount = useRef(view.transcript.length);
  useEffect(() => {
    const fresh = view.transcript.slice(spokenCount.current);
    spokenCount.current = view.transcript.length;
    if (!speak) return;
    for (const line of fresh) if (line.by === 'customer') speakCustomerLine(line.text.fr);
  }, [view.transcript, speak]);
  useEffect(() => {
    if (!speak || view.phase === 'wrap-up' || view.phase === 'ended') stopSpeaking();
  }, [speak, view.phase]);

  const lastCustomer = [...view.transcript].reverse().find((line) => line.by === 'customer');
  const canSpeak = findFrenchVoice() !== null;

  return (
    <section className="dialogue" aria-labelledby={titleId} data-testid="dialogue">
      <h2 id={titleId} className="dialogue__title">
        {t('dialogue.title')}
      </h2>
      <div className="dialogue__settings">
        <label className="softphone__toggle">
          <input type="checkbox" checked={speak} onChange={(event) => setSpeak(event.target.checked)} /> {t('dialogue.speak')}
        </label>
        {speak && !canSpeak && <p className="dialogue__note">{t('dialogue.noVoice')}</p>}
        <VoiceControl active={view.phase === 'connected'} send={send} />
      </div>

      <h3 className="dialogue__subtitle">{t('dialogue.transcript')}</h3>
      {view.transcript.length === 0 ? (
        <p className="dialogue__note">{t('dialogue.empty')}</p>
      ) : (
        // Focusable so that a long transcript can be scrolled with the keyboard.
        <ol className="dialogue__transcript" tabIndex={0} aria-label={t('dialogue.transcript')}>
          {view.transcript.map((line, index) => (
            <li key={`${line.at}-${index}`} className={`dialogue__line dialogue__line--${line.by}`} data-testid="transcript-line">
              <span className="dialogue__speaker">{t(line.by === 'customer' ? 'dialogue.customer' : 'dialogue.you')}</span> <span>{line.text[locale]}</span>
            </li>
          ))}
        </ol>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="customer-live">
        {lastCustomer ? `${t('dialogue.customer')} : ${lastCustomer.text[locale]}` : ''}
      </p>

      {view.hint && (
        <p className="dialogue__hint">
          <strong>{t('dialogue.hint')}</strong> {view.hint[locale]}
        </p>
      )}

      {options.length > 0 ? (
        <>
          <h3 className="dialogue__subtitle">{t('dialogue.options')}</h3>
          <p className="dialogue__note">{t('dialogue.shortcuts')}</p>
          <ol ref={optionsRef} className="dialogue__options">
            {options.map((option, index) => (
              <li key={option.id}>
                <button
                  type="button"
                  className="dialogue__option"
                  aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
                  onClick={() => send({ type: 'dialogue.choose', option: option.id })}
                >
                  <span className="dialogue__key" aria-hidden="true">
                    {index < 9 ? index + 1 : ''}
                  </span>
                  <span>{option.say[locale]}</span>
                  {option.hint && <span className="dialogue__option-hint">{option.hint[locale]}</span>}
                </button>
              </li>
            ))}
          </ol>
        </>
      ) : (
        view.phase === 'connected' && <p className="dialogue__note">{t('dialogue.noOptions')}</p>
      )}
    </section>
  );
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('.dialler__keypad')) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}
