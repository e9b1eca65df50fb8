import { PageHeading } from '../../app/PageHeading';
import { navigate } from '../../app/router/navigate';
import { routePaths } from '../../app/router/matchRoute';
import { MicCheck } from './MicCheck';
import { useVoiceI18n } from './useVoiceI18n';

/** /candidat/micro: the microphone check on its own, before practising. */
export function MicCheckPage() {
  const { t } = useVoiceI18n();
  return (
    <>
      <PageHeading title={t('micCheck.pageTitle')} />
      <MicCheck onReady={() => navigate(routePaths.candidate)} />
    </>
  );
}
