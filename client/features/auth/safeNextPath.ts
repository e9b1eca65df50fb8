import type { UserRole } from '../../../shared/protocol/examProtocol';

/** Where a role lands after signing in when no `next` was asked. */
const homeByRole: Readonly<Record<UserRole, string>> = { admin: '/examinateur', examiner: '/examinateur', trainer: '/formateur' };

/**
 * The in-app path of `?next=` when it is one (it starts with a single `/`: never another site),
 * else the role's own page.
 */
export function safeNextPath(next: string | null, role: UserRole): string {
  if (next && /^\/(?![/\\])/.test(next) && !/\p{Cc}/u.test(next)) return next;
  return homeByRole[role];
}
