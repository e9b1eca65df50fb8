import { useI18n } from '../../app/i18n/useI18n';
import { PageHeading } from '../../app/PageHeading';
import { Link } from '../../app/router/Link';
import { routePaths } from '../../app/router/matchRoute';
import { RoleIcon, type Role } from './RoleIcon';

const roles = [
  { role: 'candidate', href: routePaths.candidate, title: 'home.candidate.title', text: 'home.candidate.text' },
  { role: 'examiner', href: routePaths.examiner, title: 'home.examiner.title', text: 'home.examiner.text' },
  { role: 'trainer', href: routePaths.trainer, title: 'home.trainer.title', text: 'home.trainer.text' },
] as const satisfies readonly { role: Role; href: string; title: string; text: string }[];

/** What Plateau is, then one large choice per role. */
export function HomePage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <div className="hero">
        <PageHeading title={t('home.title')} />
        <p className="lead">{t('home.intro')}</p>
      </div>
      <section aria-labelledby="choose-role">
        <h2 id="choose-role" className="section-title">
          {t('home.chooseRole')}
        </h2>
        <ul className="role-choices">
          {roles.map(({ role, href, title, text }) => (
            <li key={role}>
              <Link href={href} className="role-choice">
                <RoleIcon role={role} />
                <span className="role-choice__title">{t(title)}</span>
                <span className="role-choice__text">{t(text)}</span>
                <span className="role-choice__arrow" aria-hidden="true">
                  →
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
