import { useI18n } from './i18n/useI18n';
import { PageHeading } from './PageHeading';
import { Link } from './router/Link';
import { routePaths } from './router/matchRoute';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="page page--narrow">
      <PageHeading title={t('notFound.title')} />
      <p className="lead">{t('notFound.text')}</p>
      <p>
        <Link href={routePaths.home} className="button">
          {t('notFound.back')}
        </Link>
      </p>
    </div>
  );
}
