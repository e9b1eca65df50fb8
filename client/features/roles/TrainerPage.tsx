import { useI18n } from '../../app/i18n/useI18n';
import { Link } from '../../app/router/Link';
import { routePaths } from '../../app/router/matchRoute';
import { RolePage } from './RolePage';

/** /formateur: what a trainer does, the way to the workshop, and the catalogue. */
export function TrainerPage() {
  const { t } = useI18n();
  return (
    <RolePage title="trainer.title" intro="trainer.intro">
      <p className="lead">
        {t('studio.fromTrainer')} <Link href={routePaths.studio}>{t('studio.open')}</Link>
      </p>
      <p>{t('trainer.guide')}</p>
    </RolePage>
  );
}
