import { useState } from 'react';
import type { PracticeMode } from '../../../shared/protocol/callProtocol';
import { useI18n } from '../../app/i18n/useI18n';
import { deskPath } from '../../app/router/matchRoute';
import { navigate } from '../../app/router/navigate';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { StatusMessage } from '../../ui/StatusMessage';
import { createSession, type SessionFailure } from './sessionApi';

type OpenDeskButtonProps = {
  scenarioId: string;
  /** The id of the scenario's title, so each card's button says which scenario it opens. */
  describedBy?: string;
};

/**
 * The practice mode (« Guidé » or « Comme à l'examen »), then « Ouvrir le poste de travail »:
 * creates a practice session of the scenario in that mode and opens its desk.
 */
export function OpenDeskButton({ scenarioId, describedBy }: OpenDeskButtonProps) {
  const { t } = useI18n();
  const [mode, setMode] = useState<PracticeMode>('guided');
  const [state, setState] = useState<{ status: 'idle' | 'opening' } | { status: 'error'; failure: SessionFailure }>({ status: 'idle' });

  async function open() {
    if (state.status === 'opening') return;
    setState({ status: 'opening' });
    const result = await createSession(scenarioId, mode);
    if (result.ok) navigate(deskPath(result.data.id));
    else setState({ status: 'error', failure: result.failure });
  }

  const detail =
    state.status !== 'error'
      ? ''
      : state.failure.kind === 'http'
        ? `HTTP ${state.failure.status}`
        : state.failure.kind === 'notFound'
          ? 'HTTP 404'
          : state.failure.kind === 'format'
            ? t('catalogue.errorFormat')
            : t('catalogue.errorNetwork');

  return (
    <div className="scenario-card__open">
      <ChoiceGroup<PracticeMode>
        legend={t('practice.mode')}
        value={mode}
        onChange={setMode}
        choices={[
          { value: 'guided', label: <ModeLabel name={t('practice.guided')} help={t('practice.guidedHelp')} /> },
          { value: 'exam', label: <ModeLabel name={t('practice.exam')} help={t('practice.examHelp')} /> },
        ]}
      />
      <button type="button" className="button" onClick={open} aria-describedby={describedBy} aria-disabled={state.status === 'opening' || undefined}>
        {t('desk.open')}
      </button>
      <span role="status">{state.status === 'opening' ? t('desk.opening') : ''}</span>
      {state.status === 'error' && <StatusMessage kind="error" title={t('desk.openError', { detail })} />}
    </div>
  );
}

function ModeLabel({ name, help }: { name: string; help: string }) {
  return (
    <>
      {name} <span className="scenario-card__mode-help">({help})</span>
    </>
  );
}
