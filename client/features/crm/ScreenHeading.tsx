import { useEffect, useRef, type ReactNode } from 'react';
import { takeFocusRequest } from '../../app/router/navigate';

/**
 * The heading of a CRM screen. After a navigation inside the desk (a link, back, forward) it takes
 * the focus, so keyboard and screen-reader users start reading the screen they opened.
 */
export function ScreenHeading({ children, id }: { children: ReactNode; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocusRequest()) ref.current?.focus();
  }, []);
  return (
    <h2 ref={ref} id={id} tabIndex={-1} className="crm-screen__title">
      {children}
    </h2>
  );
}
