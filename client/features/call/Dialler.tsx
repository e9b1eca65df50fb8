import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CandidateView } from '../../../shared/protocol/callProtocol';
import type { CallCommandInput } from './createCallConnection';
import { useCallI18n } from './useCallI18n';

/** A number to put into the dialler; `nonce` tells two requests for the same number apart. */
export type DialRequest = { number: string; nonce: number };

type DiallerProps = {
  view: CandidateView;
  send: (command: CallCommandInput) => void;
  request: DialRequest | null;
};

const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

/**
 * The outbound dialler: a number field and a keypad (its buttons, or the digits typed while the
 * keypad has the focus), our caller id, « Appeler ». In guided mode the law's warnings are shown
 * first and must be confirmed; as at the exam, it dials straight away.
 */
export function Dialler({ view, send, request }: DiallerProps) {
  const { t, locale } = useCallI18n();
  const fieldId = useId();
  const titleId = useId();
  const [number, setNumber] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const callRef = useRef<HTMLButtonElement>(null);
  // The safe answer has the focus when the warnings show: calling anyway takes a deliberate step.
  const cancelRef = useRef<HTMLButtonElement>(null);
  const warnings = view.mode === 'guided' ? (view.dialWarnings ?? []) : [];

  // A click-to-call puts its number in (during render, so the field shows it at once) and
  // focuses « Appeler »: one more key dials.
  const [applied, setApplied] = useState<DialRequest | null>(null);
  if (request !== applied) {
    setApplied(request);
    if (request) {
      setNumber(request.number);
      setProblem(null);
    }
  }
  useEffect(() => {
    if (request) callRef.current?.focus();
  }, [request]);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  function dial() {
    const trimmed = number.trim();
    if (!view.canDial) return setProblem(t('dialler.cannotDial'));
    if (trimmed === '') {
      setProblem(t('dialler.emptyNumber'));
      fieldRef.current?.focus();
      return;
    }
    setProblem(null);
    if (warnings.length > 0 && !confirming) return setConfirming(true);
    setConfirming(false);
    send({ type: 'call.dial', number: trimmed });
  }

  function cancel() {
    setConfirming(false);
    callRef.current?.focus();
  }

  function press(key: string) {
    setNumber((before) => (before + key).slice(0, 32));
    setProblem(null);
  }

  // Digits typed on the keypad's buttons go into the number, as on a desk phone.
  function onKeypadKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if ((keys as readonly string[]).includes(event.key)) {
      event.preventDefault();
      press(event.key);
    } else if (event.key === 'Backspace') {
      event.preventDefault();
      setNumber((before) => before.slice(0, -1));
    }
  }

  return (
    <section className="dialler" aria-labelledby={titleId}>
      <h3 id={titleId} className="softphone__subtitle">
        {t('dialler.title')}
      </h3>
      <p className="dialler__caller-id">
        <span className="softphone__label">{t('dialler.callerId')}</span> <strong>{view.displayedNumber ?? '—'}</strong>
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          dial();
        }}
      >
        <label htmlFor={fieldId} className="field__label">
          {t('dialler.number')}
        </label>
        <input
          ref={fieldRef}
          id={fieldId}
          className="dialler__number"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          maxLength={32}
          value={number}
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem ? `${fieldId}-problem` : undefined}
          onChange={(event) => {
            setNumber(event.target.value);
            setProblem(null);
          }}
        />
        <div className="dialler__keypad" role="group" aria-label={t('dialler.keypad')} onKeyDown={onKeypadKeyDown}>
          {keys.map((key) => (
            <button key={key} type="button" className="dialler__key" onClick={() => press(key)}>
              {key}
            </button>
          ))}
          <button type="button" className="dialler__key" aria-label={t('dialler.erase')} onClick={() => setNumber((before) => before.slice(0, -1))}>
            ⌫
          </button>
        </div>
        {problem && (
          <p id={`${fieldId}-problem`} className="dialler__problem" role="alert">
            {problem}
          </p>
        )}
        <button ref={callRef} type="submit" className="button dialler__call" aria-disabled={!view.canDial || undefined}>
          {t('dialler.call')}
        </button>
      </form>
      {confirming && (
        <div className="dialler__confirm" role="alertdialog" aria-modal="false" aria-labelledby={`${titleId}-warn`} aria-describedby={`${titleId}-warn-list`} onKeyDown={(event) => event.key === 'Escape' && cancel()}>
          <h4 id={`${titleId}-warn`}>{t('dialler.warningsTitle')}</h4>
          <div id={`${titleId}-warn-list`}>
            <p>{t('dialler.warningsIntro')}</p>
            <ul>
              {warnings.map((warning) => (
                <li key={warning.fr}>{warning[locale]}</li>
              ))}
            </ul>
          </div>
          <div className="dialler__confirm-actions">
            <button type="button" className="button" onClick={dial}>
              {t('dialler.confirm')}
            </button>
            <button ref={cancelRef} type="button" className="button button--secondary" onClick={cancel}>
              {t('dialler.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
