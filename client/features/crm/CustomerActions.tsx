import { useEffect, useRef, useState, type ComponentType } from 'react';
import type { CustomerFile } from '../../../shared/crm/customerFile';
import type { CrmMessageKey } from './crmMessagesFr';
import { useCrmI18n } from './useCrmI18n';
import { Link } from '../../app/router/Link';
import { CallbackForm } from './CallbackForm';
import { CallNoteForm } from './CallNoteForm';
import { ConfirmationForm } from './ConfirmationForm';
import { ConsentForm } from './ConsentForm';
import type { CrmView } from './crmViews';
import { OrderForm, type CrmFormProps } from './OrderForm';
import { QuoteForm } from './QuoteForm';
import { TicketForm } from './TicketForm';
import { useCrm } from './useCrm';

type ActionId = 'quote' | 'order' | 'ticket' | 'callback' | 'note' | 'confirmation' | 'consent';

const actions: readonly { id: ActionId; label: CrmMessageKey; done: CrmMessageKey; form: ComponentType<CrmFormProps>; view?: (id: string) => CrmView }[] = [
  { id: 'order', label: 'actions.order', done: 'done.order', form: OrderForm, view: (id) => ({ screen: 'order', id }) },
  { id: 'quote', label: 'actions.quote', done: 'done.quote', form: QuoteForm, view: (id) => ({ screen: 'quote', id }) },
  { id: 'ticket', label: 'actions.ticket', done: 'done.ticket', form: TicketForm, view: (id) => ({ screen: 'ticket', id }) },
  { id: 'callback', label: 'actions.callback', done: 'done.callback', form: CallbackForm },
  { id: 'note', label: 'actions.note', done: 'done.note', form: CallNoteForm },
  { id: 'confirmation', label: 'actions.confirmation', done: 'done.confirmation', form: ConfirmationForm },
  { id: 'consent', label: 'actions.consent', done: 'done.consent', form: ConsentForm },
];

/**
 * What the candidate can do on a customer file: one button per form; one form open at a time.
 * On success the form closes, the number the CRM made is shown (and focused), the file is read again.
 */
export function CustomerActions({ file, onChanged }: { file: CustomerFile; onChanged: () => void }) {
  const { t } = useCrmI18n();
  const { hrefFor } = useCrm();
  const [open, setOpen] = useState<ActionId | null>(null);
  const [done, setDone] = useState<{ action: ActionId; id: string } | null>(null);
  const buttons = useRef(new Map<ActionId, HTMLButtonElement>());
  const doneRef = useRef<HTMLDivElement>(null);
  const [focusTarget, setFocusTarget] = useState<{ to: 'done' } | { to: 'button'; action: ActionId } | null>(null);

  useEffect(() => {
    if (!focusTarget) return;
    if (focusTarget.to === 'done') doneRef.current?.focus();
    else buttons.current.get(focusTarget.action)?.focus();
  }, [focusTarget]);

  const current = actions.find((action) => action.id === open);
  const finished = actions.find((action) => action.id === done?.action);
  const Form = current?.form;

  return (
    <div className="crm-actions">
      <div className="crm-actions__bar" role="group" aria-label={t('actions.title')}>
        {actions.map((action) => (
          <button
            key={action.id}
            ref={(element) => {
              if (element) buttons.current.set(action.id, element);
              else buttons.current.delete(action.id);
            }}
            type="button"
            className={open === action.id ? 'button button--small' : 'button button--secondary button--small'}
            aria-expanded={open === action.id}
            aria-controls={open === action.id ? 'crm-action-panel' : undefined}
            onClick={() => {
              setDone(null);
              setOpen(open === action.id ? null : action.id);
            }}
          >
            {t(action.label)}
          </button>
        ))}
      </div>
      {done && finished && (
        <div ref={doneRef} className="crm-actions__done" role="status" tabIndex={-1}>
          <p>{t(finished.done, { id: done.id })}</p>
          {finished.view && (
            <Link href={hrefFor(finished.view(done.id))}>{t('done.open', { id: done.id })}</Link>
          )}
        </div>
      )}
      {Form && current && (
        <div id="crm-action-panel" className="crm-actions__panel">
          <Form
            key={current.id}
            file={file}
            onCancel={() => {
              setOpen(null);
              setFocusTarget({ to: 'button', action: current.id });
            }}
            onDone={(id) => {
              setOpen(null);
              setDone({ action: current.id, id });
              setFocusTarget({ to: 'done' });
              onChanged();
            }}
          />
        </div>
      )}
    </div>
  );
}
