import { useState, type FormEvent } from 'react';
import { Breadcrumb } from '../../app/Breadcrumb';
import { PageHeading } from '../../app/PageHeading';
import { Link } from '../../app/router/Link';
import { navigate } from '../../app/router/navigate';
import { FormField } from '../../ui/FormField';
import { StatusMessage } from '../../ui/StatusMessage';
import { login, type LoginResult } from './authApi';
import { currentUserStore } from './currentUserStore';
import { SignOutButton } from './SignOutButton';
import { safeNextPath } from './safeNextPath';
import { useAuthI18n } from './useAuthI18n';
import { useCurrentUser } from './useCurrentUser';
import './auth.css';

type Failure = Extract<LoginResult, { ok: false }>;

/** /connexion?next=/examinateur: the jury's and trainers' login form (candidates have no account). */
export function LoginPage() {
  const { t } = useAuthI18n();
  const current = useCurrentUser();
  const next = new URLSearchParams(window.location.search).get('next');
  return (
    <div className="page auth-page">
      <Breadcrumb trail={[{ label: t('auth.title') }]} />
      <PageHeading title={t('auth.title')} />
      {current.status === 'signed-in' && current.user ? (
        <div className="auth-page__signed-in">
          <p>
            {t('auth.signedInAs', { name: current.user.name })} ({t(`auth.role.${current.user.role}`)})
          </p>
          <p className="auth-page__actions">
            <Link className="button" href={safeNextPath(next, current.user.role)}>
              {t('auth.continue')}
            </Link>
            <SignOutButton className="button button--secondary" />
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t('auth.intro')}</p>
          <LoginForm next={next} />
        </>
      )}
    </div>
  );
}

function LoginForm({ next }: { next: string | null }) {
  const { t } = useAuthI18n();
  const [values, setValues] = useState({ login: '', password: '' });
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setFailure(null);
    const result = await login(values);
    setSubmitting(false);
    if (!result.ok) {
      setFailure(result);
      setValues((current) => ({ ...current, password: '' }));
      return;
    }
    currentUserStore.signedIn(result.user);
    navigate(safeNextPath(next, result.user.role), { replace: true });
  }

  return (
    <form className="auth-form" onSubmit={(event) => void submit(event)}>
      {failure && <StatusMessage kind="error" title={failureText(failure, t)} />}
      <FormField label={t('auth.login')}>
        {(control) => (
          <input
            {...control}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            maxLength={200}
            value={values.login}
            onChange={(event) => setValues({ ...values, login: event.target.value })}
          />
        )}
      </FormField>
      <FormField label={t('auth.password')}>
        {(control) => (
          <input
            {...control}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={1024}
            value={values.password}
            onChange={(event) => setValues({ ...values, password: event.target.value })}
          />
        )}
      </FormField>
      <button type="submit" className="button" disabled={submitting}>
        {submitting ? t('auth.submitting') : t('auth.submit')}
      </button>
    </form>
  );
}

function failureText(failure: Failure, t: ReturnType<typeof useAuthI18n>['t']): string {
  if (failure.reason !== 'too-many-attempts') return t(failure.reason === 'bad-credentials' ? 'auth.badCredentials' : 'auth.error');
  const seconds = failure.retryAfterSeconds;
  const wait = seconds < 60 ? t('auth.seconds', { count: seconds }) : t('auth.minutes', { count: Math.ceil(seconds / 60) });
  return t('auth.tooManyAttempts', { wait });
}
