import type { RefObject } from 'react';
import { useCrmI18n } from './useCrmI18n';
import type { FormProblem } from './useCrmForm';

type CrmFormProblemProps = {
  problem: FormProblem | null;
  problemRef: RefObject<HTMLDivElement | null>;
  /** Sends the same command again (offered when the CRM was down or the network failed). */
  onRetry: () => void;
};

/** The refusal or failure of a form that no field can show: at the top, announced and focused. */
export function CrmFormProblem({ problem, problemRef, onRetry }: CrmFormProblemProps) {
  const { t, locale } = useCrmI18n();
  if (!problem) return null;
  let text: string;
  let retry = false;
  switch (problem.kind) {
    case 'refused':
      text = problem.text[locale];
      break;
    case 'down':
      text = t('crm.down');
      retry = true;
      break;
    case 'network':
      text = t('crm.network');
      retry = true;
      break;
    case 'sessionGone':
      text = t('crm.sessionGone');
      break;
    case 'http':
      text = t('crm.unexpected', { detail: `HTTP ${problem.status}` });
      break;
    case 'format':
      text = t('crm.unexpected', { detail: t('crm.unreadable') });
      break;
  }
  return (
    <div ref={problemRef} className="crm-form__problem" role="alert" tabIndex={-1}>
      <p className="crm-form__problem-title">{problem.kind === 'refused' ? t('form.refusedTitle') : t('form.failedTitle')}</p>
      <p>{text}</p>
      {retry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('crm.retry')}
        </button>
      )}
    </div>
  );
}
