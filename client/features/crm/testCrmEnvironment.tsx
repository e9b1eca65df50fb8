import type { ReactNode } from 'react';
import type { CustomerFile } from '../../../shared/crm/customerFile';
import { createCrmClient } from './crmClient';
import { CrmContext, createCrmMemory, createSearchFocus, type CrmEnvironment } from './CrmContext';
import { crmViewPath } from './crmViews';

// Test support for the CRM's component tests (jsdom): a CRM environment on session 's1' whose
// client calls the stubbed global fetch, and the customer file of the 'colis-en-retard' fixture.

export function testCrmEnvironment(overrides: Partial<CrmEnvironment> = {}): CrmEnvironment {
  return {
    sessionId: 's1',
    today: '2026-11-28',
    direction: 'inbound',
    client: createCrmClient('s1'),
    hrefFor: (view) => `/seance/s1${crmViewPath(view)}`,
    memory: createCrmMemory(),
    currentCustomer: null,
    setCurrentCustomer: () => undefined,
    searchFocus: createSearchFocus(),
    ...overrides,
  };
}

export function WithCrm({ children, environment }: { children: ReactNode; environment?: CrmEnvironment }) {
  return <CrmContext value={environment ?? testCrmEnvironment()}>{children}</CrmContext>;
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** Types `text` into a field the way React sees it (the native setter, then an input event). */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(field, text);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** A key pressed on an element (React listens to bubbling keydown events). */
export function pressKey(target: EventTarget, key: string, init: KeyboardEventInit = {}): boolean {
  return target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
}

/** The control whose <label> reads `text` (its text content, hidden parts included). */
export function getByLabel<T extends HTMLElement = HTMLInputElement>(container: HTMLElement, text: string): T {
  const label = [...container.querySelectorAll('label')].find((element) => element.textContent?.trim() === text);
  const control = label && (label.htmlFor ? container.ownerDocument.getElementById(label.htmlFor) : label.querySelector('input, select, textarea'));
  if (!control) throw new Error(`No control labelled "${text}"`);
  return control as T;
}

export const colisFile: CustomerFile = {
  customer: {
    id: 'C-1042',
    kind: 'consumer',
    name: 'Sandrine Roux',
    company: null,
    siret: null,
    phone: { e164: '+33612345678', display: '06 12 34 56 78' },
    email: 'sandrine.roux@example.com',
    address: '12 rue Paul-Bellamy, 44000 Nantes',
    since: '2024-03-02',
    loyalty: { tier: 'Fidèle', contractEnd: null, churnRisk: null },
    remarks: null,
    contacts: [],
  },
  loyalty: { tier: 'Fidèle', contractEnd: null, churnRisk: null },
  consents: [{ channel: 'phone', purpose: 'canvassing', given: false, date: '2026-10-02', source: 'appel entrant' }],
  contacts: [],
  contactHistory: [],
  openOrders: [
    {
      id: 'CMD-88311',
      date: '2026-11-16',
      status: 'shipped',
      open: true,
      inclVatCents: 14700,
      backorderDate: null,
      promised: '2026-11-20',
      carrier: 'Ferlane Express',
      trackingNumber: 'FX6A04187753',
    },
  ],
  pastOrders: [],
  quotes: [],
  invoices: [
    {
      number: 'FAC-26-04518',
      orderId: 'CMD-88311',
      date: '2026-11-16',
      dueDate: '2026-11-16',
      status: 'paid',
      disputed: false,
      inclVatCents: 14700,
      balanceCents: 0,
      daysOverdue: 0,
    },
  ],
  creditNotes: [],
  tickets: [],
  callbacks: [],
  tasks: [],
  notes: [],
  confirmations: [],
};
