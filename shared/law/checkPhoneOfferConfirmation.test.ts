import { describe, expect, it } from 'vitest';
import { checkPhoneOfferConfirmation } from './checkPhoneOfferConfirmation';
import type { PhoneOfferConfirmation } from './checkPhoneOfferConfirmation';

const done: PhoneOfferConfirmation = {
  sentOnDurableMedium: true,
  precontractInformation: true,
  withdrawalRight: true,
  withdrawalForm: true,
  consumerAccepted: true,
  orderTakenBeforeAcceptance: false,
};

function byRule(c: PhoneOfferConfirmation) {
  const [confirmation, withdrawal] = checkPhoneOfferConfirmation(c);
  return { confirmation: confirmation!, withdrawal: withdrawal! };
}

describe('checkPhoneOfferConfirmation (L221-16 al. 2–3, L221-5, R221-1)', () => {
  it('returns the durable-confirmation and withdrawal-right findings, both ok when all is done', () => {
    const findings = checkPhoneOfferConfirmation(done);
    expect(findings.map((f) => [f.rule, f.ok, f.competency])).toEqual([
      ['durable-confirmation', true, 'RCD-23'],
      ['withdrawal-right', true, 'RCD-23'],
    ]);
  });

  it('is fine while the order waits for the consumer’s acceptance', () => {
    const { confirmation } = byRule({ ...done, consumerAccepted: false });
    expect(confirmation.ok).toBe(true);
    expect(confirmation.message.fr).toContain('attend l’acceptation');
  });

  it('makes an order taken before acceptance a blocker: no consumer sale by phone alone', () => {
    const { confirmation } = byRule({ ...done, consumerAccepted: false, orderTakenBeforeAcceptance: true });
    expect(confirmation).toMatchObject({ ok: false, blocker: true });
    expect(confirmation.message.fr).toContain('il n’est engagé qu’après');
  });

  it('makes a missing confirmation, or one without the pre-contract information, a blocker', () => {
    expect(byRule({ ...done, sentOnDurableMedium: false }).confirmation).toMatchObject({
      ok: false,
      blocker: true,
      message: { fr: 'Offre non confirmée sur papier ou support durable' },
    });
    expect(byRule({ ...done, precontractInformation: false }).confirmation).toMatchObject({ ok: false, blocker: true, message: { fr: expect.stringContaining('L221-5') } });
  });

  it('flags a missing withdrawal notice or form without failing the call', () => {
    const noRight = byRule({ ...done, withdrawalRight: false }).withdrawal;
    expect(noRight).toMatchObject({ ok: false, blocker: false, message: { fr: expect.stringContaining('prolongé de 12 mois') } });
    const noForm = byRule({ ...done, withdrawalForm: false }).withdrawal;
    expect(noForm).toMatchObject({ ok: false, blocker: false, message: { fr: 'Formulaire type de rétractation non joint' } });
    expect(byRule({ ...done, sentOnDurableMedium: false }).withdrawal.ok).toBe(false);
  });
});
