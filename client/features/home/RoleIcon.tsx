/** The three roles of the home page. */
export type Role = 'candidate' | 'examiner' | 'trainer';

/** A small line drawing for each role (decorative: hidden from screen readers). */
export function RoleIcon({ role }: { role: Role }) {
  return (
    <svg className="role-icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      {role === 'candidate' && (
        // A headset: headband, two ear cups, a microphone arm.
        <g fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round">
          <path d="M10 28v-6a14 14 0 0 1 28 0v6" />
          <rect x="6" y="26" width="8" height="12" rx="3" />
          <rect x="34" y="26" width="8" height="12" rx="3" />
          <path d="M38 38c0 4-4 6-10 6h-3" />
        </g>
      )}
      {role === 'examiner' && (
        // A clipboard with a check mark.
        <g fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round">
          <rect x="10" y="8" width="28" height="34" rx="3" />
          <path d="M18 8v-2h12v2" />
          <path d="M17 26l5 5 9-11" />
        </g>
      )}
      {role === 'trainer' && (
        // A sheet of script lines with a pencil.
        <g fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round">
          <path d="M12 6h18l8 8v14" />
          <path d="M12 6v36h14" />
          <path d="M18 18h10M18 25h14M18 32h6" />
          <path d="M30 42l2-7 10-10 5 5-10 10z" />
        </g>
      )}
    </svg>
  );
}
