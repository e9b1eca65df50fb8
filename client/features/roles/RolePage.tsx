import type { ReactNode } from 'react';
import { Breadcrumb } from '../../app/Breadcrumb';
import type { MessageKey } from '../../app/i18n/fr';
import { useI18n } from '../../app/i18n/useI18n';
import { PageHeading } from '../../app/PageHeading';
import { ScenarioCatalogue } from '../catalogue/ScenarioCatalogue';

type RolePageProps = {
  title: MessageKey;
  intro: MessageKey;
  filterable?: boolean;
  /** What the role can open from here, shown under the introduction. */
  children?: ReactNode;
};

/** The landing page of one role: breadcrumb, heading, what the role does, the catalogue. */
export function RolePage({ title, intro, filterable = false, children }: RolePageProps) {
  const { t } = useI18n();
  return (
    <div className="page">
      <Breadcrumb trail={[{ label: t(title) }]} />
      <PageHeading title={t(title)} />
      <p className="lead">{t(intro)}</p>
      {children}
      <ScenarioCatalogue filterable={filterable} />
    </div>
  );
}
