import type { Locale } from '../../app/i18n/locales';
import { parseScenarioList, ScenarioListFormatError, type ScenarioSummary } from './parseScenarioList';

export const catalogueErrorKinds = { http: 'http', network: 'network', format: 'format' } as const;
export type CatalogueErrorKind = (typeof catalogueErrorKinds)[keyof typeof catalogueErrorKinds];

/** Why the catalogue could not be loaded: an HTTP status, no answer at all, or an unreadable body. */
export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';

  constructor(
    readonly kind: CatalogueErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** `GET /api/scenarios`, briefings in `locale`, parsed. Rejects with CatalogueError (or AbortError when aborted). */
export async function fetchScenarios(locale: Locale, signal?: AbortSignal): Promise<ScenarioSummary[]> {
  let response: Response;
  try {
    response = await fetch(`/api/scenarios?lang=${locale}`, { headers: { Accept: 'application/json' }, signal: signal ?? null });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new CatalogueError(catalogueErrorKinds.network, 'The server could not be reached');
  }
  if (!response.ok) {
    throw new CatalogueError(catalogueErrorKinds.http, `HTTP ${response.status}`, response.status);
  }
  try {
    return parseScenarioList(await response.json());
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof ScenarioListFormatError || error instanceof SyntaxError) {
      throw new CatalogueError(catalogueErrorKinds.format, error.message);
    }
    throw error;
  }
}
