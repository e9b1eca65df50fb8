import { Link } from '../../app/router/Link';
import { useLocationPath } from '../../app/router/useLocationPath';
import { SignOutButton } from './SignOutButton';
import { useAuthI18n } from './useAuthI18n';
import { useCurrentUser } from './useCurrentUser';
import './auth.css';

/** The login path (also in app/router/matchRoute's routePaths). */
export const loginPath = '/connexion';

/** In the header: « Connecté en tant que … » and « Se déconnecter », or a link to sign in. */
export function AccountMenu() {
  const { t } = useAuthI18n();
  const current = useCurrentUser();
  const path = useLocationPath();
  if (current.status === 'loading') return null;
  if (current.status === 'signed-in' && current.user) {
    return (
      <div className="account-menu" data-testid="account-menu">
        <span className="account-menu__who">{t('auth.signedInAs', { name: current.user.name })}</span>
        <SignOutButton className="account-menu__button" />
      </div>
    );
  }
  if (path === loginPath) return null;
  return (
    <div className="account-menu" data-testid="account-menu">
      <Link className="account-menu__link" href={loginPath}>
        {t('auth.signIn')}
      </Link>
    </div>
  );
}
