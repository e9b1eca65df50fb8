import type { PracticeSession } from '../../../shared/session/practiceSession';
import { useExaminerI18n } from './useExaminerI18n';

/**
 * The customer file the candidate opened last, as the CRM holds it now (folded from the
 * session's events): who the candidate is looking at.
 */
export function CustomerFilePanel({ session }: { session: PracticeSession }) {
  const { t } = useExaminerI18n();
  const opened = [...session.actions].reverse().find((record) => record.action.status < 400 && /^\/customers\/[^/]+$/.test(record.action.path));
  const id = opened ? decodeURIComponent(opened.action.path.split('/')[2] ?? '') : null;
  const customer = id ? session.crm.customers[id] : undefined;
  if (!customer) return <p data-testid="customer-file">{t('crm.noFile')}</p>;
  return (
    <div className="customer-file" data-testid="customer-file">
      <h3>{t('crm.file', { id: customer.id, name: customer.name })}</h3>
      <dl>
        {customer.company && (
          <>
            <dt>{t('crm.company')}</dt>
            <dd>{customer.company}</dd>
          </>
        )}
        {customer.phone && (
          <>
            <dt>{t('crm.phone')}</dt>
            <dd>{customer.phone.display}</dd>
          </>
        )}
        {customer.email && (
          <>
            <dt>{t('crm.email')}</dt>
            <dd>{customer.email}</dd>
          </>
        )}
        {customer.address && (
          <>
            <dt>{t('crm.address')}</dt>
            <dd>{customer.address}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
