import { useCrmI18n } from './useCrmI18n';
import { Link } from '../../app/router/Link';
import { StatusMessage } from '../../ui/StatusMessage';
import { CustomerFileScreen } from './CustomerFileScreen';
import { CustomerSearch } from './CustomerSearch';
import type { CrmView } from './crmViews';
import { InvoiceScreen } from './InvoiceScreen';
import { OrderScreen } from './OrderScreen';
import { QuoteScreen } from './QuoteScreen';
import { StockScreen } from './StockScreen';
import { TicketScreen } from './TicketScreen';
import { useCrm } from './useCrm';
import './crm.css';

/** The CRM: its navigation (search, the file in progress, stock) and the screen the address names. */
export function CrmWorkspace({ view }: { view: CrmView }) {
  const { t } = useCrmI18n();
  const { hrefFor, currentCustomer } = useCrm();
  const tabs = [
    { view: { screen: 'search' } as const, label: t('crmNav.search'), current: view.screen === 'search' },
    ...(currentCustomer
      ? [
          {
            view: { screen: 'customer', id: currentCustomer.id } as const,
            label: t('crmNav.customer', { name: currentCustomer.name }),
            current: view.screen === 'customer' && view.id === currentCustomer.id,
          },
        ]
      : []),
    { view: { screen: 'stock' } as const, label: t('crmNav.stock'), current: view.screen === 'stock' },
  ];
  return (
    <div className="crm">
      <nav className="crm-nav" aria-label={t('crmNav.label')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.view.screen}>
              <Link href={hrefFor(tab.view)} className="crm-nav__link" aria-current={tab.current ? 'page' : undefined}>
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
        <p className="crm-nav__shortcut">{t('crmNav.shortcut')}</p>
      </nav>
      <div className="crm__screen">
        <Screen key={JSON.stringify(view)} view={view} />
      </div>
    </div>
  );
}

function Screen({ view }: { view: CrmView }) {
  const { t } = useCrmI18n();
  const { hrefFor } = useCrm();
  switch (view.screen) {
    case 'search':
      return <CustomerSearch />;
    case 'stock':
      return <StockScreen />;
    case 'customer':
      return <CustomerFileScreen customerId={view.id} />;
    case 'order':
      return <OrderScreen orderId={view.id} />;
    case 'invoice':
      return <InvoiceScreen invoiceNumber={view.id} />;
    case 'quote':
      return <QuoteScreen quoteNumber={view.id} />;
    case 'ticket':
      return <TicketScreen ticketId={view.id} />;
    case 'unknown':
      return (
        <StatusMessage
          kind="empty"
          title={t('crm.unknownScreen')}
          action={
            <Link href={hrefFor({ screen: 'search' })} className="button">
              {t('crm.backToSearch')}
            </Link>
          }
        />
      );
  }
}
