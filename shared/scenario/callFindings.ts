import { checkOutboundCall } from '../law/checkOutboundCall';
import type { LegalFinding, OutboundCall } from '../law/checkOutboundCall';
import type { Scenario } from './scenarioSchema';

/**
 * What the law says of the scenario's outbound call, as the dialler will check it: the call's
 * time and purpose from `call`, the consent from the CRM fixtures of the customer's record.
 * Static for a scenario, so the compiler turns it into the evidence of dialling.
 */
export function callFindings(scenario: Scenario): LegalFinding[] {
  if (!scenario.call) return [];
  const { call } = scenario;
  // The latest phone-canvassing consent row of the customer's record is the one in force.
  const consent = (scenario.crm?.consents ?? [])
    .filter((c) => c.customer === scenario.customer.record && c.channel === 'phone' && (c.purpose ?? 'canvassing') === 'canvassing')
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
    .at(-1);
  const outbound: OutboundCall = {
    at: call.at,
    timeZone: call.time_zone,
    consumer: call.consumer,
    purpose: call.purpose,
    callerId: call.caller_id,
    ...(consent
      ? { consent: { given: consent.given, ...(consent.date ? { date: consent.date } : {}), ...(consent.withdrawn ? { withdrawn: consent.withdrawn } : {}) } }
      : {}),
    ...(call.on_bloctel !== undefined ? { onBloctel: call.on_bloctel } : {}),
    ...(call.previous_attempts ? { previousAttempts: call.previous_attempts } : {}),
    ...(call.refused_on ? { refusedOn: call.refused_on } : {}),
    ...(call.sector ? { sector: call.sector } : {}),
    ...(call.region ? { region: call.region } : {}),
  };
  return checkOutboundCall(outbound);
}
