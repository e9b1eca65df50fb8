import type { ReactNode } from 'react';
import './formControls.css';

export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** A status written as a word in a coloured pill (the colour only repeats what the word says). */
export function StatusTag({ tone = 'neutral', children }: { tone?: StatusTone; children: ReactNode }) {
  return <span className={`status-tag status-tag--${tone}`}>{children}</span>;
}
