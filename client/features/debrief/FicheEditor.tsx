import { useEffect, useId, useState } from 'react';
import type { FicheDraft } from '../../../shared/scoring/debriefTypes';
import { useDebriefI18n } from './useDebriefI18n';

const PARTS = ['situation', 'actions', 'result', 'analysis'] as const;

/** Where a session's sheet is kept in this browser. */
export function ficheStorageKey(sessionId: string): string {
  return `plateau:fiche:${sessionId}`;
}

function readSaved(sessionId: string): FicheDraft | null {
  try {
    const saved = JSON.parse(localStorage.getItem(ficheStorageKey(sessionId)) ?? 'null') as Partial<FicheDraft> | null;
    return saved && PARTS.every((part) => typeof saved[part] === 'string') ? (saved as FicheDraft) : null;
  } catch {
    return null;
  }
}

/** The sheet as a Markdown file: a heading, then the four parts. */
export function ficheMarkdown(title: string, fiche: FicheDraft, labels: Record<(typeof PARTS)[number], string>): string {
  return [`# ${title}`, ...PARTS.flatMap((part) => [`## ${labels[part]}`, fiche[part].trim()])].join('\n\n') + '\n';
}

/**
 * The « fiche pratique »: four textareas prefilled from the debrief's draft, saved in
 * localStorage for this session as the candidate types, and downloadable as a Markdown file.
 */
export function FicheEditor({ sessionId, title, draft }: { sessionId: string; title: string; draft: FicheDraft }) {
  const { t } = useDebriefI18n();
  const id = useId();
  const [fiche, setFiche] = useState<FicheDraft>(() => readSaved(sessionId) ?? draft);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!saved) return;
    try {
      localStorage.setItem(ficheStorageKey(sessionId), JSON.stringify(fiche));
    } catch {
      // Storage full or forbidden: the sheet stays on the page and can still be downloaded.
    }
  }, [fiche, saved, sessionId]);

  const labels = { situation: t('debrief.fiche.situation'), actions: t('debrief.fiche.actions'), result: t('debrief.fiche.result'), analysis: t('debrief.fiche.analysis') };
  const download = () => {
    const blob = new Blob([ficheMarkdown(title, fiche, labels)], { type: 'text/markdown;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `fiche-pratique-${title.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.md`;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className="fiche-editor">
      {PARTS.map((part) => (
        <div className="fiche-editor__part" key={part}>
          <label htmlFor={`${id}-${part}`}>{labels[part]}</label>
          <textarea
            id={`${id}-${part}`}
            rows={part === 'situation' ? 5 : 7}
            value={fiche[part]}
            onChange={(event) => {
              const value = event.target.value;
              setFiche((before) => ({ ...before, [part]: value }));
              setSaved(true);
            }}
          />
          <div className="fiche-editor__print" aria-hidden="true">
            {fiche[part]}
          </div>
        </div>
      ))}
      <p className="fiche-editor__status" role="status">
        {saved ? t('debrief.ficheSaved') : ''}
      </p>
      <div className="debrief__buttons no-print">
        <button type="button" className="button" onClick={download}>
          {t('debrief.ficheDownload')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setFiche(draft);
            setSaved(false);
            localStorage.removeItem(ficheStorageKey(sessionId));
          }}
        >
          {t('debrief.ficheReset')}
        </button>
      </div>
    </div>
  );
}
