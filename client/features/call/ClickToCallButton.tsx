import { useContext } from 'react';
import { ClickToCallContext } from './ClickToCallContext';
import { useCallI18n } from './useCallI18n';

/** « Appeler » beside a phone number: puts it into the desk's dialler; nothing without a desk. */
export function ClickToCallButton({ number }: { number: string }) {
  const clickToCall = useContext(ClickToCallContext);
  const { t } = useCallI18n();
  if (!clickToCall) return null;
  return (
    <button type="button" className="button button--secondary button--small click-to-call" onClick={() => clickToCall.callNumber(number)}>
      {t('dialler.call')}
      <span className="visually-hidden"> {t('dialler.callNumber', { number })}</span>
    </button>
  );
}
