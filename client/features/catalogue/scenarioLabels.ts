import type { CATEGORIES, DIRECTIONS } from '../../../shared/scenario/scenarioSchema';
import type { MessageKey } from '../../app/i18n/fr';

// Type-only import: the client gets the scenario vocabulary from shared/ without bundling zod.
type SharedCategory = (typeof CATEGORIES)[number];
type SharedDirection = (typeof DIRECTIONS)[number];

/** Message key of each scenario category; `satisfies` fails tsc if shared/ adds a category. */
export const categoryLabelKeys = {
  prospecting: 'category.prospecting',
  sales: 'category.sales',
  support: 'category.support',
  loyalty: 'category.loyalty',
} as const satisfies Record<SharedCategory, MessageKey>;

/** Message key of each call direction; `satisfies` fails tsc if shared/ adds a direction. */
export const directionLabelKeys = {
  inbound: 'direction.inbound',
  outbound: 'direction.outbound',
} as const satisfies Record<SharedDirection, MessageKey>;

export type ScenarioCategory = keyof typeof categoryLabelKeys;
export type ScenarioDirection = keyof typeof directionLabelKeys;

export const scenarioCategories = Object.keys(categoryLabelKeys) as ScenarioCategory[];
export const scenarioDirections = Object.keys(directionLabelKeys) as ScenarioDirection[];

export function isScenarioCategory(value: string): value is ScenarioCategory {
  return Object.hasOwn(categoryLabelKeys, value);
}

export function isScenarioDirection(value: string): value is ScenarioDirection {
  return Object.hasOwn(directionLabelKeys, value);
}
