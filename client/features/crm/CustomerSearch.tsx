import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CustomerSearchHit } from '../../../shared/crm/searchCustomers';
import { useCrmI18n } from './useCrmI18n';
import { navigate } from '../../app/router/navigate';
import type { CrmFailure } from './crmClient';
import { matchFieldKeys, matchKindKeys } from './crmLabels';
import { CrmProblem } from './CrmProblem';
import { ScreenHeading } from './ScreenHeading';
import { useCrm } from './useCrm';
import { useDelayedFlag } from './useDelayedFlag';

/** How long typing must pause before the CRM is asked (each search is logged as evidence). */
export const SEARCH_DELAY_MS = 300;
const MIN_LENGTH = 2;

type Hits = { query: string; hits: CustomerSearchHit[] };

/**
 * Customer search, the CRM's first screen: one field that finds by phone, name, e-mail, customer,
 * order or invoice number as the candidate types. ↑ and ↓ move in the results, Enter opens the
 * highlighted one (the first by default), even before the answer has arrived.
 */
export function CustomerSearch() {
  const { t, plural } = useCrmI18n();
  const { client, memory, hrefFor, searchFocus } = useCrm();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hintId = useId();
  const [query, setQuery] = useState(() => memory.get('searchQuery'));
  const [results, setResults] = useState<Hits | null>(() => memory.get('searchHits'));
  const [searching, setSearching] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ query: string; failure: CrmFailure } | null>(null);
  const [active, setActive] = useState(-1);
  const latest = useRef(0);
  const openWhenReady = useRef<string | null>(null);
  const wanted = query.trim();

  const open = useCallback((hit: CustomerSearchHit) => navigate(hrefFor({ screen: 'customer', id: hit.customer.id })), [hrefFor]);

  const search = useCallback(
    (text: string) => {
      const ticket = ++latest.current;
      setSearching(text);
      setFailure(null);
      void client.read<{ customers: CustomerSearchHit[] }>('/customers', { q: text }).then((result) => {
        if (ticket !== latest.current) return;
        setSearching(null);
        if (!result.ok) {
          openWhenReady.current = null;
          setFailure({ query: text, failure: result.failure });
          return;
        }
        const found = { query: text, hits: Array.isArray(result.data.customers) ? result.data.customers : [] };
        memory.set('searchHits', found);
        setResults(found);
        setActive(-1);
        if (openWhenReady.current === text && found.hits[0]) open(found.hits[0]);
        openWhenReady.current = null;
      });
    },
    [client, memory, open],
  );

  // Search as the candidate types, once typing pauses; never twice for the same text.
  useEffect(() => {
    if (wanted.length < MIN_LENGTH || wanted === results?.query) return undefined;
    const timer = setTimeout(() => search(wanted), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [wanted, results?.query, search]);

  // Ctrl+K and « / » focus the field, on this screen or on arrival from another one.
  useEffect(() => {
    const focus = () => {
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    if (searchFocus.takePending()) focus();
    return searchFocus.subscribe(focus);
  }, [searchFocus]);

  const current = results !== null && results.query === wanted ? results.hits : null;
  const shown = results?.hits ?? [];
  const slow = useDelayedFlag(searching !== null);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && shown.length > 0) {
      event.preventDefault();
      setActive((index) => Math.min(index + 1, shown.length - 1));
    } else if (event.key === 'ArrowUp' && shown.length > 0) {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Home' && active >= 0) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' && active >= 0) {
      event.preventDefault();
      setActive(shown.length - 1);
    } else if (event.key === 'Escape') {
      if (active >= 0) setActive(-1);
      else changeQuery('');
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const highlighted = active >= 0 ? shown[active] : undefined;
      if (highlighted) open(highlighted);
      else if (current !== null) {
        if (current[0]) open(current[0]);
      } else if (wanted.length >= MIN_LENGTH) {
        // The answer for this text is not there yet: open its first result as soon as it is.
        openWhenReady.current = wanted;
        if (searching !== wanted) search(wanted);
      }
    }
  }

  function changeQuery(text: string) {
    setQuery(text);
    memory.set('searchQuery', text);
    setActive(-1);
  }

  let status: string;
  if (wanted.length < MIN_LENGTH) status = t('search.tooShort');
  else if (searching !== null) status = slow ? t('search.searching') : '';
  else if (current === null) status = '';
  else if (current.length === 0) status = t('search.noResult', { q: wanted });
  else status = plural('search.results', current.length);

  return (
    <section className="crm-screen" aria-labelledby={`${listId}-title`}>
      <ScreenHeading id={`${listId}-title`}>{t('search.title')}</ScreenHeading>
      <div className="search">
        <label className="field__label" htmlFor={`${listId}-input`}>
          {t('search.label')}
        </label>
        <p id={hintId} className="form-field__hint">
          {t('search.hint')}
        </p>
        <input
          ref={inputRef}
          id={`${listId}-input`}
          className="search__input"
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={shown.length > 0}
          aria-controls={listId}
          aria-describedby={hintId}
          aria-activedescendant={active >= 0 && shown[active] ? `${listId}-${active}` : undefined}
          aria-keyshortcuts="Control+K /"
          value={query}
          onChange={(event) => changeQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <p className="search__status" role="status">
          {status}
        </p>
        {failure && failure.query === wanted && <CrmProblem failure={failure.failure} onRetry={() => search(wanted)} />}
        <ul id={listId} role="listbox" className="search__results" aria-label={t('search.resultsLabel')} hidden={shown.length === 0}>
          {shown.map((hit, index) => (
            <SearchHit key={hit.customer.id} id={`${listId}-${index}`} hit={hit} active={index === active} onOpen={() => open(hit)} />
          ))}
        </ul>
      </div>
    </section>
  );
}

function SearchHit({ id, hit, active, onOpen }: { id: string; hit: CustomerSearchHit; active: boolean; onOpen: () => void }) {
  const { t } = useCrmI18n();
  const { customer } = hit;
  const why = hit.matches[0];
  return (
    // The option is chosen with the keyboard from the field (aria-activedescendant); a click opens it too.
    <li id={id} role="option" aria-selected={active} className={active ? 'search-hit search-hit--active' : 'search-hit'} onClick={onOpen}>
      <span className="search-hit__name">
        {customer.name}
        {customer.company && <span className="search-hit__company"> · {customer.company}</span>}
      </span>
      <span className="search-hit__facts">
        <span>{customer.phone?.display ?? t('crm.noPhone')}</span>
        <span className="search-hit__id">{customer.id}</span>
        {customer.address && <span>{customer.address}</span>}
      </span>
      {why && (
        <span className="search-hit__why">
          {t('search.matched', { field: t(matchFieldKeys[why.field]), kind: t(matchKindKeys[why.kind]), value: why.value })}
        </span>
      )}
    </li>
  );
}
