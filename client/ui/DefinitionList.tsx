import type { ReactNode } from 'react';
import './formControls.css';

/** `wide`: the value takes the whole width (a long remark). */
export type Definition = { term: ReactNode; value: ReactNode; key?: string; wide?: boolean };

/** Terms and values (a record's fields), two columns when there is room; empty values are left out. */
export function DefinitionList({ items, className }: { items: readonly Definition[]; className?: string }) {
  const shown = items.filter((item) => item.value !== null && item.value !== undefined && item.value !== '');
  return (
    <dl className={['definition-list', className ?? ''].filter(Boolean).join(' ')}>
      {shown.map((item, index) => (
        <div key={item.key ?? index} className={item.wide ? 'definition-list__item definition-list__item--wide' : 'definition-list__item'}>
          <dt>{item.term}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
