import { isWorkingDay } from './frenchPublicHolidays';
import { addDays, addMonths, parseIsoDate } from './isoDate';
import { legalLimits } from './legalRules';

export type WithdrawalKind = 'goods' | 'service';

export interface WithdrawalDeadlineOptions {
  /** The consumer lives in Alsace-Moselle: Good Friday and 26 December are holidays too. */
  alsaceMoselle?: boolean;
  /**
   * The withdrawal information of L221-5 7° was never given: L221-20 extends the period by twelve
   * months from the end of the initial one. (When the information comes during that extension,
   * the period ends fourteen days after it is received: compute that with the date it came.)
   */
  informationMissing?: boolean;
}

/**
 * The last day ('YYYY-MM-DD', inclusive) on which a consumer may withdraw from a distance or
 * phone-canvassing contract.
 *
 * L221-18: 14 days from the receipt of the goods (`goods`: pass the day the consumer, or a third
 * party they named, took delivery; for several goods ordered together, the last one; for regular
 * deliveries, the first) or from the conclusion of a service contract (`service`: after a phone
 * offer, the day the consumer accepted the confirmed offer). L221-19: the start day is not
 * counted, the period ends at the end of its last day, and when that day is a Saturday, a Sunday
 * or a public holiday it is extended to the next working day. `kind` only says which start
 * date is meant: the count is the same.
 */
export function withdrawalDeadline(
  kind: WithdrawalKind,
  startDate: string,
  options: WithdrawalDeadlineOptions = {},
): string {
  parseIsoDate(startDate);
  const holidays = { alsaceMoselle: options.alsaceMoselle === true };
  const initial = nextWorkingDay(addDays(startDate, legalLimits.withdrawalDays), holidays);
  if (!options.informationMissing) return initial;
  // The twelve months run from the expiry of the initial period; the same extension to a working
  // day applies to their end (règlement n° 1182/71, art. 3, 4).
  return nextWorkingDay(addMonths(initial, legalLimits.missingWithdrawalInformationMonths), holidays);
}

function nextWorkingDay(date: string, options: { alsaceMoselle: boolean }): string {
  let day = date;
  while (!isWorkingDay(day, options)) day = addDays(day, 1);
  return day;
}
