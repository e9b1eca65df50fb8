import { describe, expect, it } from 'vitest';
import { checkOpeningStatement } from './checkOpeningStatement';

describe('checkOpeningStatement (L221-16 al. 1)', () => {
  it('accepts identity, company and commercial purpose stated at once', () => {
    expect(checkOpeningStatement({ callerIdentity: true, company: true, commercialPurpose: true })).toMatchObject({
      rule: 'opening-statement',
      ok: true,
      blocker: false,
      competency: 'RCD-03',
      reference: 'C. consom. art. L221-16, al. 1',
    });
  });

  it('names what is missing, and is not a blocker', () => {
    const noPurpose = checkOpeningStatement({ callerIdentity: true, company: true, commercialPurpose: false });
    expect(noPurpose).toMatchObject({ ok: false, blocker: false, competency: 'RCD-03' });
    expect(noPurpose.message).toEqual({
      fr: 'Présentation incomplète en début d’appel : il manque le caractère commercial de l’appel',
      en: 'Incomplete opening statement: missing the commercial purpose of the call',
    });
    const nothing = checkOpeningStatement({ callerIdentity: false, company: false, commercialPurpose: false });
    expect(nothing).toMatchObject({ ok: false, blocker: false });
    expect(nothing.message.fr).toBe(
      'Présentation incomplète en début d’appel : il manque l’identité de l’appelant, l’entreprise pour laquelle il appelle et le caractère commercial de l’appel',
    );
    expect(checkOpeningStatement({ callerIdentity: false, company: true, commercialPurpose: false }).message.en).toBe(
      'Incomplete opening statement: missing the caller’s identity and the commercial purpose of the call',
    );
  });
});
