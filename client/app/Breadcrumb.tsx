import { useI18n } from './i18n/useI18n';
import { Link } from './router/Link';
import { routePaths } from './router/matchRoute';

type Crumb = { label: string; href?: string };

/** Home, then the given crumbs; the last one is the current page. */
export function Breadcrumb({ trail }: { trail: readonly Crumb[] }) {
  const { t } = useI18n();
  const crumbs: Crumb[] = [{ label: t('app.home'), href: routePaths.home }, ...trail];
  return (
    <nav aria-label={t('app.breadcrumb')} className="breadcrumb">
      <ol>
        {crumbs.map((crumb, i) =>
          i === crumbs.length - 1 ? (
            <li key={i} aria-current="page">
              {crumb.label}
            </li>
          ) : (
            <li key={i}>{crumb.href ? <Link href={crumb.href}>{crumb.label}</Link> : crumb.label}</li>
          ),
        )}
      </ol>
    </nav>
  );
}
