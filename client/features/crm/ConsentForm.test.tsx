// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { click, getButton, renderForTest, selectOption, waitFor, type Rendered } from '../../testing/renderForTest';
import { ConsentForm } from './ConsentForm';
import { colisFile, getByLabel, jsonResponse, typeInto, WithCrm } from './testCrmEnvironment';

const file = {
  ...colisFile,
  consents: [...colisFile.consents, { channel: 'sms' as const, purpose: 'canvassing' as const, given: true, date: '2025-03-18', source: 'case cochée' }],
};

describe('ConsentForm', () => {
  let view: Rendered | undefined;
  afterEach(() => {
    view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  async function renderForm(locale: 'fr' | 'en' = 'fr') {
    const onDone = vi.fn();
    view = await renderForTest(
      <WithCrm>
        <ConsentForm file={file} onDone={onDone} onCancel={() => undefined} />
      </WithCrm>,
      { locale },
    );
    return onDone;
  }

  test('says what the file holds for the chosen channel and purpose; records a withdrawal with its source', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(
        jsonResponse({ error: { code: 'payload.empty', message: { fr: 'Champ vide : source.', en: 'Empty field: source.' }, field: 'source' } }, 422),
      )
      .mockResolvedValueOnce(jsonResponse({ id: 'C-1042', fact: { verb: 'updated', entity: 'consent', ref: 'C-1042' } }, 201));
    vi.stubGlobal('fetch', fetchMock);
    const onDone = await renderForm();
    const channel = getByLabel<HTMLSelectElement>(view!.container, 'Canal');
    expect(document.activeElement).toBe(channel);
    expect(view!.container.textContent).toContain('Sur la fiche, pour ce canal et cette finalité\u00a0: retiré le 02/10/2026.');
    await selectOption(channel, 'sms');
    expect(view!.container.textContent).toContain('donné le 18/03/2025.');

    // Neither state nor source: both refused here, the focus on the first (the state's first radio).
    await click(getButton(view!.container, 'Enregistrer'));
    const given = getByLabel(view!.container, 'donné');
    expect(document.activeElement).toBe(given);
    expect(view!.container.querySelector('fieldset')!.textContent).toContain('Choisissez\u00a0: consentement donné ou retiré.');
    expect(getByLabel(view!.container, 'Source ou commentaire').getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();

    // The CRM's own refusal lands at the field it names, focused.
    await click(getByLabel(view!.container, 'retiré (opposition)'));
    const source = getByLabel<HTMLTextAreaElement>(view!.container, 'Source ou commentaire');
    await act(async () => typeInto(source, 'x'));
    await click(getButton(view!.container, 'Enregistrer'));
    await waitFor(() => expect(document.activeElement).toBe(source));
    expect(document.getElementById(source.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent).toBe('Champ vide : source.');

    await act(async () => typeInto(source, '  Opposition orale pendant l’appel du 03/12  '));
    await click(getButton(view!.container, 'Enregistrer'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('C-1042'));
    const [url, init] = fetchMock.mock.calls[1]! as [string, RequestInit];
    expect(url).toMatch(/\/api\/sessions\/s1\/crm\/customers\/C-1042\/consents$/);
    expect(init.method).toBe('PUT');
    expect(JSON.parse(init.body as string)).toEqual({ channel: 'sms', purpose: 'canvassing', given: false, source: 'Opposition orale pendant l’appel du 03/12' });
  });

  test('speaks English', async () => {
    vi.stubGlobal('fetch', vi.fn());
    await renderForm('en');
    expect(getButton(view!.container, 'Save')).toBeTruthy();
    expect(getByLabel(view!.container, 'withdrawn (objection)').type).toBe('radio');
    expect(view!.container.textContent).toContain('On file, for this channel and purpose: withdrawn on');
  });
});
