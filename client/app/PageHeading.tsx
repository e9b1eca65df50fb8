import { useEffect, useRef, type ReactNode } from 'react';
import { takeFocusRequest } from './router/navigate';

type PageHeadingProps = {
  /** Also the document title: "<title> · Plateau" (or the title alone if it names Plateau). */
  title: string;
  children?: ReactNode;
};

/**
 * The page's single h1. After an in-app navigation it takes the focus, so that keyboard and
 * screen-reader users start reading the new page (as they would after a full page load).
 */
export function PageHeading({ title, children }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = title.includes('Plateau') ? title : `${title} · Plateau`;
  }, [title]);

  useEffect(() => {
    if (takeFocusRequest()) ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children ?? title}
    </h1>
  );
}
