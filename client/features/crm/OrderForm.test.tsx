// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { click, getButton, renderForTest, waitFor, type Rendered } from '../../testing/renderForTest';
import { OrderForm } from './OrderForm';
import { colisFile, getByLabel, jsonResponse, typeInto, WithCrm } from './testCrmEnvironment';

const stockRefusal = {
  error: {
    code: 'stock.insufficient',
    message: {
      fr: 'Stock insuffisant pour LMP-204, tous entrepôts : 2 disponible(s) pour 3 demandé(s).',
      en: 'Not enough stock for LMP-204, all warehouses: 2 available for 3 ordered.',
    },
    field: 'lines.0.quantity',
  },
};

describe('OrderForm', () => {
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
        <OrderForm file={colisFile} onDone={onDone} onCancel={() => undefined} />
      </WithCrm>,
      { locale },
    );
    return onDone;
  }

  async function fillLine(sku: string, quantity: string, labels = { sku: 'Référence (SKU) (ligne 1)', quantity: 'Quantité (ligne 1)' }) {
    await act(async () => typeInto(getByLabel(view!.container, labels.sku), sku));
    await act(async () => typeInto(getByLabel(view!.container, labels.quantity), quantity));
  }

  test('opens with the focus in its first field', async () => {
    vi.stubGlobal('fetch', vi.fn());
    await renderForm();
    expect(document.activeElement).toBe(getByLabel(view!.container, 'Référence (SKU) (ligne 1)'));
  });

  test('shows the CRM\'s refusal next to the field it names, focused, then orders within the stock', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(jsonResponse(stockRefusal, 422))
      .mockResolvedValueOnce(jsonResponse({ id: 'CMD-2026-0001', fact: { verb: 'created', entity: 'order', ref: 'CMD-2026-0001' } }, 201));
    vi.stubGlobal('fetch', fetchMock);
    const onDone = await renderForm();
    await fillLine('LMP-204', '3');
    await click(getButton(view!.container, 'Créer la commande'));

    const quantity = getByLabel(view!.container, 'Quantité (ligne 1)');
    await waitFor(() => expect(quantity.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(quantity.getAttribute('aria-describedby')!)!;
    expect(error.textContent).toBe(stockRefusal.error.message.fr);
    expect(error.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(quantity);
    expect(getByLabel(view!.container, 'Référence (SKU) (ligne 1)').hasAttribute('aria-invalid')).toBe(false);
    expect(JSON.parse(fetchMock.mock.calls[0]![1].body as string)).toEqual({ customerId: 'C-1042', lines: [{ sku: 'LMP-204', quantity: 3 }] });

    await act(async () => typeInto(quantity, '1'));
    await click(getButton(view!.container, 'Créer la commande'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('CMD-2026-0001'));
    expect(fetchMock.mock.calls[1]![0]).toBe('/api/sessions/s1/crm/orders');
  });

  test('in English, the refusal is the CRM\'s English sentence', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(stockRefusal, 422)));
    await renderForm('en');
    await fillLine('LMP-204', '3', { sku: 'SKU (line 1)', quantity: 'Quantity (line 1)' });
    await click(getButton(view!.container, 'Create the order'));
    await waitFor(() => expect(view!.container.textContent).toContain('Not enough stock for LMP-204'));
  });

  test('a refusal no field on screen can show goes to the top, focused', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse({ error: { code: 'customer.not-found', message: { fr: 'Client introuvable : C-1042.', en: 'No such customer: C-1042.' }, field: 'customerId' } }, 422)),
    );
    await renderForm();
    await fillLine('LMP-204', '1');
    await click(getButton(view!.container, 'Créer la commande'));
    await waitFor(() => expect(view!.container.querySelector('.crm-form__problem')).not.toBeNull());
    const problem = view!.container.querySelector<HTMLElement>('.crm-form__problem')!;
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.textContent).toContain('Le CRM a refusé la demande');
    expect(problem.textContent).toContain('Client introuvable : C-1042.');
    expect(document.activeElement).toBe(problem);
  });

  test('a CRM that is down gets « réessayer », which sends the same order again', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(jsonResponse({ error: { code: 'crm.down', message: { fr: 'x', en: 'x' } } }, 503))
      .mockResolvedValueOnce(jsonResponse({ id: 'CMD-2026-0002', fact: { verb: 'created', entity: 'order' } }, 201));
    vi.stubGlobal('fetch', fetchMock);
    const onDone = await renderForm();
    await fillLine('LMP-204', '1');
    await click(getButton(view!.container, 'Créer la commande'));
    await waitFor(() => expect(view!.container.querySelector('.crm-form__problem')?.textContent).toContain('Le CRM est indisponible pour le moment. Réessayez dans un instant.'));
    await click(getButton(view!.container, 'Réessayer'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('CMD-2026-0002'));
    expect(fetchMock.mock.calls[1]![1].body).toBe(fetchMock.mock.calls[0]![1].body);
  });

  test('checks what the CRM could not read at all before sending, and sends a dated backorder', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ id: 'CMD-2026-0003', fact: { verb: 'created', entity: 'order' } }, 201));
    vi.stubGlobal('fetch', fetchMock);
    await renderForm();
    await fillLine('', 'trois');
    await click(getButton(view!.container, 'Créer la commande'));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(view!.container.textContent).toContain('Ce champ est obligatoire.');
    expect(view!.container.textContent).toContain('Quantité invalide');
    expect(document.activeElement).toBe(getByLabel(view!.container, 'Référence (SKU) (ligne 1)'));

    await fillLine('LMP-204', '3');
    await act(async () => typeInto(getByLabel(view!.container, 'Date de livraison du reliquat'), '2026-12-14'));
    await click(getByLabel(view!.container, 'Le client accepte cette date de livraison'));
    await click(getButton(view!.container, 'Créer la commande'));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(JSON.parse((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body as string)).toEqual({
      customerId: 'C-1042',
      lines: [{ sku: 'LMP-204', quantity: 3 }],
      backorder: { date: '2026-12-14', acceptedByCustomer: true },
    });
  });
});
