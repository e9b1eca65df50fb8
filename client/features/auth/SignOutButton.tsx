import { useState } from 'react';
import { logout } from './authApi';
import { currentUserStore } from './currentUserStore';
import { useAuthI18n } from './useAuthI18n';

/** « Se déconnecter »: ends the session on the server, then everywhere on the page. */
export function SignOutButton({ className }: { className?: string }) {
  const { t } = useAuthI18n();
  const [busy, setBusy] = useState(false);
  async function signOut() {
    setBusy(true);
    await logout();
    setBusy(false);
    // Refresh rather than assume: if the server could not be reached, the session may still be open.
    await currentUserStore.refresh();
  }
  return (
    <button type="button" className={className} disabled={busy} onClick={() => void signOut()}>
      {t('auth.signOut')}
    </button>
  );
}
