import type { ReactNode } from 'react';
import { AccountMenu } from '../features/auth/AccountMenu';
import { useI18n } from './i18n/useI18n';
import { LanguageSwitch } from './LanguageSwitch';
import { Link } from './router/Link';
import { routePaths } from './router/matchRoute';

/** Skip link, header (brand, account and language), the page, footer. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <div className="shell__bar">
          <Link href={routePaths.home} className="brand" aria-label={t('app.homeLink')}>
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          <div className="shell__tools">
            <AccountMenu />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        {children}
      </main>
      <footer className="shell__footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
