// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { click, getButton, renderForTest, waitFor, type Rendered } from '../../testing/renderForTest';
import { ConfirmationForm } from './ConfirmationForm';
import { colisFile, getByLabel, jsonResponse, WithCrm } from './testCrmEnvironment';

const file = {
  ...colisFile,
  quotes: [{ number: 'DEV-2026-0001', date: '2026-11-28', validUntil: '2026-12-28', status: 'sent' as const, inclVatCents: 12900 }],
};

describe('ConfirmationForm', () => {
  let view: Rendered | undefined;
  afterEach(() => {
    view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  test('the preview carries each mention as it is ticked; a missing one is refused at its checkbox', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(
        jsonResponse(
          {
            error: {
              code: 'confirmation.mentions-missing',
              message: { fr: 'Confirmation incomplète, non envoyée. Il manque : le formulaire type de rétractation.', en: 'Incomplete confirmation, not sent.' },
              field: 'mentions.withdrawalForm',
            },
          },
          422,
        ),
      )
      .mockResolvedValueOnce(jsonResponse({ id: 'CONF-0001', fact: { verb: 'sent', entity: 'confirmation', ref: 'CONF-0001' } }, 201));
    vi.stubGlobal('fetch', fetchMock);
    const onDone = vi.fn();
    view = await renderForTest(
      <WithCrm>
        <ConfirmationForm file={file} onDone={onDone} onCancel={() => undefined} />
      </WithCrm>,
    );
    const preview = () => view!.container.querySelector('.confirmation-preview__message')!.textContent ?? '';
    expect(preview()).toContain('Objet\u00a0: confirmation de notre offre (devis DEV-2026-0001)');
    expect(preview()).toContain('Mention absente\u00a0: Prix toutes taxes comprises');
    expect(getByLabel(view.container, 'Adresse e-mail').value).toBe('sandrine.roux@example.com');

    for (const label of ['Informations précontractuelles (vendeur, caractéristiques essentielles, livraison)', 'Prix toutes taxes comprises', 'Droit de rétractation de 14 jours']) {
      await click(getByLabel(view.container, label));
    }
    expect(preview()).toContain('Prix total toutes taxes comprises\u00a0: 129,00\u00a0€.');
    expect(preview()).toContain('14 jours');
    expect(preview()).toContain('Mention absente\u00a0: Formulaire type de rétractation');

    await click(getButton(view.container, 'Envoyer la confirmation'));
    const form = getByLabel(view.container, 'Formulaire type de rétractation');
    await waitFor(() => expect(form.getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(form);
    expect(document.getElementById(form.getAttribute('aria-describedby')!)!.textContent).toContain('Il manque : le formulaire type de rétractation.');

    await click(form);
    await click(getButton(view.container, 'Envoyer la confirmation'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('CONF-0001'));
    expect(JSON.parse(fetchMock.mock.calls[1]![1].body as string)).toEqual({
      customerId: 'C-1042',
      quoteNumber: 'DEV-2026-0001',
      channel: 'email',
      to: 'sandrine.roux@example.com',
      mentions: { precontractInformation: true, priceInclVat: true, withdrawalRight: true, withdrawalForm: true },
    });
  });
});
