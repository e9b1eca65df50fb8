import { useId, type ReactNode } from 'react';

type CrmSectionProps = {
  title: string;
  /** Shown instead of the content when there is nothing to list. */
  empty?: string;
  isEmpty?: boolean;
  /** Buttons or links beside the title. */
  actions?: ReactNode;
  children?: ReactNode;
};

/** One part of a CRM screen, with its heading and its empty state. */
export function CrmSection({ title, empty, isEmpty = false, actions, children }: CrmSectionProps) {
  const id = useId();
  return (
    <section className="crm-section" aria-labelledby={id}>
      <div className="crm-section__head">
        <h3 id={id} className="crm-section__title">
          {title}
        </h3>
        {actions}
      </div>
      {isEmpty ? <p className="crm-section__empty">{empty}</p> : children}
    </section>
  );
}
