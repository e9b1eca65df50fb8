import { useCrmI18n } from './useCrmI18n';
import { Link } from '../../app/router/Link';
import { routePaths } from '../../app/router/matchRoute';
import { StatusMessage } from '../../ui/StatusMessage';
import type { CrmFailure } from './crmClient';
import { useCrm } from './useCrm';

type CrmProblemProps = {
  failure: CrmFailure;
  /** Ask again (the CRM was down, the network failed…). */
  onRetry: () => void;
};

/** Tells the candidate what went wrong with a CRM read, and what they can do about it. */
export function CrmProblem({ failure, onRetry }: CrmProblemProps) {
  const { t, locale } = useCrmI18n();
  const { hrefFor } = useCrm();
  const retry = (
    <button type="button" className="button" onClick={onRetry}>
      {t('crm.retry')}
    </button>
  );
  switch (failure.kind) {
    case 'down':
      return <StatusMessage kind="error" title={t('crm.down')} action={retry} />;
    case 'network':
      return <StatusMessage kind="error" title={t('crm.network')} action={retry} />;
    case 'sessionGone':
      return (
        <StatusMessage
          kind="error"
          title={t('crm.sessionGone')}
          action={
            <Link href={routePaths.candidate} className="button">
              {t('desk.backToCatalogue')}
            </Link>
          }
        />
      );
    case 'refused':
      return (
        <StatusMessage
          kind="error"
          title={failure.refusal.message[locale]}
          action={
            <Link href={hrefFor({ screen: 'search' })} className="button button--secondary">
              {t('crm.backToSearch')}
            </Link>
          }
        />
      );
    case 'http':
      return <StatusMessage kind="error" title={t('crm.unexpected', { detail: `HTTP ${failure.status}` })} action={retry} />;
    case 'format':
      return <StatusMessage kind="error" title={t('crm.unexpected', { detail: t('crm.unreadable') })} action={retry} />;
  }
}
