import type { ReactNode } from 'react';
import { useCrmI18n } from './useCrmI18n';
import { StatusMessage } from '../../ui/StatusMessage';
import { CrmProblem } from './CrmProblem';
import type { CrmRead } from './useCrmRead';

type CrmReadViewProps<T> = {
  read: CrmRead<T>;
  children: (data: T) => ReactNode;
};

/**
 * The states of a CRM read: nothing for the first 300 ms, then a progress indicator; the error
 * with what to do; the record once it is there (kept on screen while it is read again).
 */
export function CrmReadView<T>({ read, children }: CrmReadViewProps<T>) {
  const { t } = useCrmI18n();
  if (read.status === 'loading') {
    return <div aria-busy="true">{read.slow && <StatusMessage kind="loading" title={t('crm.loading')} />}</div>;
  }
  if (read.status === 'error') return <CrmProblem failure={read.failure} onRetry={read.retry} />;
  return (
    <div aria-busy={read.refreshing}>
      {read.refreshing && read.slow && <StatusMessage kind="loading" title={t('crm.refreshing')} />}
      {children(read.data)}
    </div>
  );
}
