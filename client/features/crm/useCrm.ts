import { useContext } from 'react';
import { CrmContext, type CrmEnvironment } from './CrmContext';

/** The session's CRM: client, business day, addresses of the screens; must be used under `CrmContext`. */
export function useCrm(): CrmEnvironment {
  const crm = useContext(CrmContext);
  if (!crm) throw new Error('useCrm must be used inside <CrmContext>');
  return crm;
}
