import type { ReactNode } from 'react';

type StatusMessageProps = {
  /** `loading` is announced politely, `error` immediately; `empty` is plain content. */
  kind: 'loading' | 'error' | 'empty';
  title: string;
  children?: ReactNode;
  /** A button or link offered with the message (e.g. "Try again"). */
  action?: ReactNode;
};

/** A boxed message for the loading, error and empty states of a section. */
export function StatusMessage({ kind, title, children, action }: StatusMessageProps) {
  const role = kind === 'error' ? 'alert' : kind === 'loading' ? 'status' : undefined;
  return (
    <div className={`status-message status-message--${kind}`} role={role}>
      {kind === 'loading' && <span className="status-message__spinner" aria-hidden="true" />}
      <div className="status-message__body">
        <p className="status-message__title">{title}</p>
        {children && <div className="status-message__text">{children}</div>}
        {action && <div className="status-message__action">{action}</div>}
      </div>
    </div>
  );
}
