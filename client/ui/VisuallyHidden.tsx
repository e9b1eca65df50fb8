import type { ReactNode } from 'react';

/** Text for screen readers only (still read aloud, not shown). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
