import './formControls.css';

/** A small spinner with a text, announced politely (a slow answer, a form being sent). */
export function ProgressIndicator({ label }: { label: string }) {
  return (
    <span className="progress-indicator" role="status">
      <span className="progress-indicator__spinner" aria-hidden="true" />
      <span>{label}</span>
    </span>
  );
}
