import { useEffect, useId, useState, type FormEvent } from 'react';
import type { CustomerMode, PublicUser } from '../../../shared/protocol/examProtocol';
import { customerModes } from '../../../shared/protocol/examProtocol';
import type { ScenarioSummary } from '../catalogue/parseScenarioList';
import { fetchScenarios } from '../catalogue/fetchScenarios';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { createExam, fetchExaminers, type ExamSummary } from './examinerApi';
import { useExaminerI18n } from './useExaminerI18n';

const presetFactors = ['1', '1.25', '1.33', '1.5', '2', 'free'] as const;
type FactorChoice = (typeof presetFactors)[number];

/**
 * « Nouvel examen »: the candidate's name, the scenarios in order (added from the library, moved
 * with buttons), who plays the customer, the extra-time factor, the other jury members.
 */
export function NewExamForm({ you, onCreated }: { you: PublicUser; onCreated: (exam: ExamSummary) => void }) {
  const { t, locale } = useExaminerI18n();
  const [library, setLibrary] = useState<ScenarioSummary[] | null>(null);
  const [examiners, setExaminers] = useState<PublicUser[]>([]);
  const [candidateName, setCandidateName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [toAdd, setToAdd] = useState('');
  const [customerMode, setCustomerMode] = useState<CustomerMode>('scripted');
  const [factor, setFactor] = useState<FactorChoice>('1');
  const [freeFactor, setFreeFactor] = useState('1.1');
  const [jury, setJury] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { name: useId(), add: useId(), free: useId(), order: useId() };

  useEffect(() => {
    const controller = new AbortController();
    fetchScenarios(locale, controller.signal).then(setLibrary, () => setLibrary([]));
    fetchExaminers(controller.signal).then((result) => result.ok && setExaminers(result.data.filter((user) => user.id !== you.id)), () => undefined);
    return () => controller.abort();
  }, [locale, you.id]);

  const titleOf = (id: string) => library?.find((scenario) => scenario.id === id)?.title ?? id;
  const move = (index: number, by: -1 | 1) =>
    setChosen((before) => {
      const next = [...before];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const timeFactor = factor === 'free' ? Number.parseFloat(freeFactor.replace(',', '.')) : Number(factor);
    if (!candidateName.trim()) return setProblem(t('form.nameMissing'));
    if (chosen.length === 0) return setProblem(t('form.scenariosMissing'));
    if (!Number.isFinite(timeFactor) || timeFactor < 1 || timeFactor > 3) return setProblem(t('form.factorInvalid'));
    setProblem(null);
    setBusy(true);
    const result = await createExam({ candidateName: candidateName.trim(), scenarioIds: chosen, customerMode, timeFactor, jury });
    setBusy(false);
    if (result.ok) onCreated(result.data);
    else setProblem(t('form.failed', { message: result.message ?? (result.status ? `HTTP ${result.status}` : t('form.network')) }));
  };

  const available = (library ?? []).filter((scenario) => !chosen.includes(scenario.id));
  return (
    <form className="new-exam" onSubmit={(event) => void submit(event)} aria-labelledby="new-exam-title" noValidate>
      <h2 id="new-exam-title">{t('form.title')}</h2>
      <div className="form-field">
        <label className="field__label" htmlFor={ids.name}>
          {t('form.candidateName')}
        </label>
        <input id={ids.name} value={candidateName} maxLength={120} autoComplete="off" onChange={(event) => setCandidateName(event.target.value)} />
      </div>

      <fieldset className="new-exam__scenarios">
        <legend className="field__label">{t('form.scenarios')}</legend>
        {chosen.length === 0 ? (
          <p>{t('form.noScenario')}</p>
        ) : (
          <ol id={ids.order} aria-label={t('form.order')}>
            {chosen.map((id, index) => (
              <li key={id} data-testid="chosen-scenario">
                <span>{titleOf(id)}</span>{' '}
                <button type="button" className="button button--small button--secondary" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t('form.up', { title: titleOf(id) })}>
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  disabled={index === chosen.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={t('form.down', { title: titleOf(id) })}
                >
                  ↓
                </button>
                <button type="button" className="button button--small button--secondary" onClick={() => setChosen((before) => before.filter((other) => other !== id))} aria-label={t('form.remove', { title: titleOf(id) })}>
                  ✕
                </button>
              </li>
            ))}
          </ol>
        )}
        <label className="field__label" htmlFor={ids.add}>
          {t('form.addScenario')}
        </label>
        <select id={ids.add} value={toAdd} onChange={(event) => setToAdd(event.target.value)} disabled={library === null}>
          <option value="">{library === null ? t('form.loadingScenarios') : t('form.pick')}</option>
          {available.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenario.title}
            </option>
          ))}
        </select>{' '}
        <button
          type="button"
          className="button button--secondary"
          disabled={!toAdd}
          onClick={() => {
            setChosen((before) => [...before, toAdd]);
            setToAdd('');
          }}
        >
          {t('form.add')}
        </button>
      </fieldset>

      <ChoiceGroup legend={t('form.customerMode')} value={customerMode} choices={customerModes.map((value) => ({ value, label: t(`mode.${value}`) }))} onChange={setCustomerMode} />
      <ChoiceGroup
        legend={t('form.timeFactor')}
        value={factor}
        choices={presetFactors.map((value) => ({ value, label: value === 'free' ? t('form.factorFree') : `× ${value.replace('.', locale === 'fr' ? ',' : '.')}` }))}
        onChange={setFactor}
      />
      {factor === 'free' && (
        <div className="form-field">
          <label className="field__label" htmlFor={ids.free}>
            {t('form.factorValue')}
          </label>
          <input id={ids.free} inputMode="decimal" value={freeFactor} onChange={(event) => setFreeFactor(event.target.value)} />
        </div>
      )}

      <fieldset>
        <legend className="field__label">{t('form.jury')}</legend>
        <p>{t('form.youPreside', { name: you.name })}</p>
        {examiners.length === 0 ? (
          <p>{t('form.noOtherExaminer')}</p>
        ) : (
          examiners.map((user) => (
            <label key={user.id} className="choice-group__choice">
              <input
                type="checkbox"
                checked={jury.includes(user.id)}
                onChange={(event) => setJury((before) => (event.target.checked ? [...before, user.id] : before.filter((id) => id !== user.id)))}
              />{' '}
              {user.name}
            </label>
          ))
        )}
      </fieldset>

      {problem && (
        <p role="alert" className="form-field__error">
          {problem}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {t('form.create')}
      </button>
    </form>
  );
}
