import { createContext } from 'react';
import type { CustomerSearchHit } from '../../../shared/crm/searchCustomers';
import type { StockLookup } from '../../../shared/crm/stockLookup';
import type { CrmClient } from './crmClient';
import type { CrmView } from './crmViews';

/** What the CRM screens remember while the candidate moves between them (never sent again). */
export interface CrmMemoryValues {
  searchQuery: string;
  searchHits: { query: string; hits: CustomerSearchHit[] } | null;
  stockQuery: string;
  stockItems: { query: string; items: StockLookup[] } | null;
  /** The name the candidate signs notes and callbacks with. */
  agentName: string;
}

export interface CrmMemory {
  get<K extends keyof CrmMemoryValues>(key: K): CrmMemoryValues[K];
  set<K extends keyof CrmMemoryValues>(key: K, value: CrmMemoryValues[K]): void;
}

/** Ctrl+K and « / » ask the search field for the focus, whichever screen is open. */
export interface SearchFocus {
  /** Focuses the search field now if it is on screen, else as soon as it is. */
  request(): void;
  /** True once if a request is waiting for the search screen to appear. */
  takePending(): boolean;
  subscribe(listener: () => void): () => void;
}

export interface CrmEnvironment {
  sessionId: string;
  /** The call's business day: statuses (overdue, expired) are read on it. */
  today: string;
  direction: 'inbound' | 'outbound';
  client: CrmClient;
  hrefFor(view: CrmView): string;
  memory: CrmMemory;
  /** The customer file opened last, offered in the CRM's navigation. */
  currentCustomer: { id: string; name: string } | null;
  setCurrentCustomer(customer: { id: string; name: string }): void;
  searchFocus: SearchFocus;
}

export const CrmContext = createContext<CrmEnvironment | null>(null);

export function createCrmMemory(initial: Partial<CrmMemoryValues> = {}): CrmMemory {
  const values: CrmMemoryValues = { searchQuery: '', searchHits: null, stockQuery: '', stockItems: null, agentName: '', ...initial };
  return {
    get: (key) => values[key],
    set: (key, value) => {
      values[key] = value;
    },
  };
}

export function createSearchFocus(): SearchFocus {
  let pending = false;
  const listeners = new Set<() => void>();
  return {
    request() {
      if (listeners.size === 0) pending = true;
      for (const listener of listeners) listener();
    },
    takePending() {
      const was = pending;
      pending = false;
      return was;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
