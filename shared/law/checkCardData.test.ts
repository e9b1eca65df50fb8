import { describe, expect, it } from 'vitest';
import { checkCardData } from './checkCardData';

const none = { recording: true, cardNumberCaptured: false, securityCodeCaptured: false, recordingPaused: false };

describe('checkCardData', () => {
  it('is fine when no card detail is given', () => {
    expect(checkCardData(none)).toMatchObject({ rule: 'card-data', ok: true, blocker: false, competency: 'RCD-24' });
  });

  it('is a blocker when the card number or the security code goes into a running recording', () => {
    expect(checkCardData({ ...none, cardNumberCaptured: true })).toMatchObject({ ok: false, blocker: true, message: { fr: expect.stringContaining('le numéro de carte') } });
    expect(checkCardData({ ...none, securityCodeCaptured: true })).toMatchObject({ ok: false, blocker: true, message: { en: expect.stringContaining('the security code') } });
    expect(checkCardData({ ...none, cardNumberCaptured: true, securityCodeCaptured: true }).message.fr).toBe(
      'Données de carte enregistrées (le numéro de carte et le cryptogramme) : suspendre l’enregistrement ou passer par le canal de paiement sécurisé',
    );
  });

  it('is fine when the recording was paused, or the call not recorded', () => {
    const given = { cardNumberCaptured: true, securityCodeCaptured: true };
    expect(checkCardData({ ...none, ...given, recordingPaused: true })).toMatchObject({ ok: true, message: { fr: expect.stringContaining('suspendu') } });
    expect(checkCardData({ ...none, ...given, recording: false })).toMatchObject({ ok: true, message: { fr: expect.stringContaining('non enregistré') } });
  });
});
