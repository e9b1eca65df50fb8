import { describe, expect, it } from 'vitest';
import { checkWithdrawal } from './checkWithdrawal';

// Goods received Sunday 13 Sept 2026: the 14 days end Sunday 27 Sept, extended to Monday 28.
const base = { kind: 'goods' as const, startDate: '2026-09-13' };

describe('checkWithdrawal', () => {
  it('requires accepting a withdrawal made on the last day, extended past the weekend', () => {
    expect(checkWithdrawal({ ...base, requestedOn: '2026-09-28', accepted: true })).toMatchObject({ rule: 'withdrawal-honoured', ok: true, competency: 'RCD-23' });
    const refused = checkWithdrawal({ ...base, requestedOn: '2026-09-28', accepted: false });
    expect(refused).toMatchObject({ ok: false, blocker: true });
    expect(refused.message.fr).toBe('Rétractation du 28 septembre 2026 refusée alors qu’elle était dans le délai (jusqu’au 28 septembre 2026) : elle doit être acceptée');
  });

  it('requires accepting a withdrawal made before delivery', () => {
    expect(checkWithdrawal({ ...base, requestedOn: '2026-09-10', accepted: false }).ok).toBe(false);
  });

  it('lets the candidate refuse a late withdrawal, or accept it as a gesture', () => {
    expect(checkWithdrawal({ ...base, requestedOn: '2026-09-29', accepted: false })).toMatchObject({ ok: true, message: { fr: expect.stringContaining('le refus est fondé') } });
    expect(checkWithdrawal({ ...base, requestedOn: '2026-09-29', accepted: true })).toMatchObject({ ok: true, message: { fr: expect.stringContaining('geste commercial') } });
  });

  it('extends the period when the withdrawal information was missing', () => {
    expect(checkWithdrawal({ ...base, requestedOn: '2027-03-01', accepted: false, informationMissing: true })).toMatchObject({ ok: false, blocker: true });
  });
});
