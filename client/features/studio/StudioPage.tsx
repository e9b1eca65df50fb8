import { useRef, useState, type ChangeEvent } from 'react';
import { Breadcrumb } from '../../app/Breadcrumb';
import type { Diagnostic } from '../../../shared/scenario/diagnostic';
import type { Scenario } from '../../../shared/scenario/scenarioSchema';
import { useI18n } from '../../app/i18n/useI18n';
import { PageHeading } from '../../app/PageHeading';
import { routePaths } from '../../app/router/matchRoute';
import { navigate } from '../../app/router/navigate';
import { StatusMessage } from '../../ui/StatusMessage';
import { positionOffset } from './positionOffset';
import { startPlaytest } from './startPlaytest';

type Checked = { diagnostics: Diagnostic[]; scenario?: Scenario; chart?: string };

/**
 * /formateur/atelier: a trainer loads or pastes a scenario, checks it here with the same
 * messages as `npm run scenarios -- check`, reads its chart, and plays its CRM in the browser.
 */
export function StudioPage() {
  const { t, plural } = useI18n();
  const editor = useRef<HTMLTextAreaElement>(null);
  const [fileName, setFileName] = useState('brouillon.scenario.yaml');
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<Checked | null>(null);
  const [busy, setBusy] = useState(false);
  const [playError, setPlayError] = useState<string | null>(null);

  const check = async () => {
    setBusy(true);
    const { checkScenarioText, toMermaid } = await import('./studioTools');
    const result = checkScenarioText(text, fileName);
    setChecked({ diagnostics: result.diagnostics, ...(result.scenario ? { scenario: result.scenario, chart: toMermaid(result.scenario) } : {}) });
    setBusy(false);
  };

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setText(await file.text());
    setChecked(null);
  };

  const goTo = (d: Diagnostic) => {
    const field = editor.current;
    if (!field) return;
    const offset = positionOffset(text, d.line, d.col);
    field.focus();
    field.setSelectionRange(offset, offset);
  };

  const play = async (scenario: Scenario) => {
    setPlayError(null);
    try {
      navigate(`/seance/${await startPlaytest(scenario)}`);
    } catch (error) {
      setPlayError(error instanceof Error && error.message === 'insecure-context' ? t('studio.play.insecure') : t('studio.play.failed'));
    }
  };

  const errors = checked?.diagnostics.filter((d) => d.severity === 'error').length ?? 0;
  return (
    <div className="page studio">
      <Breadcrumb trail={[{ label: t('trainer.title'), href: routePaths.trainer }, { label: t('studio.title') }]} />
      <PageHeading title={t('studio.title')} />
      <p className="lead">{t('studio.intro')}</p>

      <div className="studio-file">
        <label htmlFor="studio-file">{t('studio.file')}</label>
        <input id="studio-file" type="file" accept=".yaml,.yml,text/yaml" onChange={(e) => void open(e)} />
      </div>
      <label htmlFor="studio-editor" className="studio-label">
        {t('studio.editor', { file: fileName })}
      </label>
      <textarea
        id="studio-editor"
        ref={editor}
        className="studio-editor"
        spellCheck={false}
        rows={22}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setChecked(null);
        }}
      />
      <p>
        <button type="button" className="button" onClick={() => void check()} disabled={busy || text.trim() === ''}>
          {t('studio.check')}
        </button>
      </p>

      <section aria-live="polite" aria-labelledby="studio-result" data-testid="studio-result">
        <h2 id="studio-result" className="visually-hidden">
          {t('studio.result')}
        </h2>
        {checked && (
          <>
            {errors ? (
              <StatusMessage kind="error" title={plural('studio.errors', errors)} />
            ) : (
              <p className="studio-valid">{t('studio.valid', { title: checked.scenario?.title ?? '' })}</p>
            )}
            {checked.diagnostics.length > 0 && (
              <ol className="studio-diagnostics">
                {checked.diagnostics.map((d, i) => (
                  <li key={i} className={`diagnostic diagnostic-${d.severity}`}>
                    <button type="button" className="studio-place" onClick={() => goTo(d)}>
                      {`${d.file}:${d.line}:${d.col}`}
                    </button>{' '}
                    <span>{t(d.severity === 'error' ? 'studio.severity.error' : 'studio.severity.warning')}</span> {d.message}
                    {d.hint ? ` (${d.hint})` : ''}
                  </li>
                ))}
              </ol>
            )}
            {checked.scenario && checked.chart && (
              <>
                <h2>{t('studio.chart')}</h2>
                <p>{t('studio.chart.help')}</p>
                <pre className="studio-chart" tabIndex={0} data-testid="studio-chart">
                  {checked.chart}
                </pre>
                <p>
                  <button type="button" className="button button--secondary" onClick={() => void navigator.clipboard?.writeText(checked.chart!)}>
                    {t('studio.chart.copy')}
                  </button>{' '}
                  <button type="button" className="button" onClick={() => void play(checked.scenario!)}>
                    {t('studio.play')}
                  </button>
                </p>
                {playError && <StatusMessage kind="error" title={playError} />}
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
}
