import type { ReactNode } from 'react';
import './formControls.css';

/**
 * A region that scrolls sideways when its content (a wide table) does not fit. It is focusable
 * and named, so that it can be scrolled with the keyboard and found by screen-reader users.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
