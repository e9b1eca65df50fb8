import { useState } from 'react';
import type { ExamAck } from '../../../shared/protocol/examProtocol';
import { examSocketEvents } from '../../../shared/protocol/examProtocol';
import { textIn } from '../../../shared/scenario/localizedText';
import { currentStep } from '../../../shared/session/applyCallCommand';
import { allowedCustomerEvents } from '../../../shared/session/applyCustomerTrigger';
import type { PracticeSession } from '../../../shared/session/practiceSession';
import { useExaminerI18n } from './useExaminerI18n';

type LiveCustomerPanelProps = {
  session: PracticeSession;
  send: (event: (typeof examSocketEvents)['customer'], payload: Record<string, unknown>) => Promise<ExamAck>;
};

/**
 * The examiner plays the customer: the persona, what the customer says in the current step,
 * and one button per customer event the step allows now.
 */
export function LiveCustomerPanel({ session, send }: LiveCustomerPanelProps) {
  const { t, locale } = useExaminerI18n();
  const [refusal, setRefusal] = useState<string | null>(null);
  const { customer } = session.scenario;
  const step = currentStep(session);
  const allowed = allowedCustomerEvents(session);
  const trigger = async (event: string) => {
    const ack = await send(examSocketEvents.customer, { event });
    setRefusal(ack.ok ? null : ack.error.message[locale]);
  };
  return (
    <section className="console-panel live-customer" aria-labelledby="live-customer-title">
      <h2 id="live-customer-title">{t('customer.title')}</h2>
      <dl className="live-customer__persona">
        <dt>{t('customer.name')}</dt>
        <dd>{customer.name}</dd>
        <dt>{t('customer.mood')}</dt>
        <dd>{customer.mood}</dd>
        <dt>{t('customer.situation')}</dt>
        <dd>{textIn(customer.situation, locale)}</dd>
      </dl>
      <h3>{t('customer.says')}</h3>
      <p className="live-customer__says">{step?.customer ? textIn(step.customer, locale) : t('customer.nothing')}</p>
      {step?.note && <p className="live-customer__note">{textIn(step.note, locale)}</p>}
      {allowed.length > 0 ? (
        <div className="live-customer__events" role="group" aria-label={t('customer.events')}>
          {allowed.map((event) => (
            <button key={event.id} type="button" className="button button--secondary" title={event.customer[locale]} onClick={() => void trigger(event.id)}>
              {event.label[locale]}
            </button>
          ))}
        </div>
      ) : (
        <p>{t('customer.noEvents')}</p>
      )}
      {refusal && <p role="alert">{refusal}</p>}
    </section>
  );
}
