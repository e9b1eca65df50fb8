// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi, type Mock } from 'vitest';
import type { CandidateView } from '../../../shared/protocol/callProtocol';
import { click, getButton, renderForTest, selectOption, type Rendered } from '../../testing/renderForTest';
import { pressKey } from '../crm/testCrmEnvironment';
import type { DialRequest } from './Dialler';
import { Softphone } from './Softphone';
import type { CallCommandInput } from './createCallConnection';
import { testView } from './testView';

/** A WebAudio stand-in that records what the ring tone does. */
function fakeAudio() {
  const log: string[] = [];
  class FakeAudioContext {
    currentTime = 0;
    destination = {};
    createGain() {
      return { gain: { value: 0, setValueAtTime: () => undefined }, connect: () => undefined };
    }
    createOscillator() {
      return { frequency: { value: 0 }, connect: () => undefined, start: () => log.push('start'), stop: () => log.push('stop') };
    }
    resume() {
      return Promise.resolve();
    }
    close() {
      log.push('close');
      return Promise.resolve();
    }
  }
  vi.stubGlobal('AudioContext', FakeAudioContext);
  return log;
}

const t0 = 1_000_000;

describe('Softphone', () => {
  let view: Rendered | undefined;
  let send: Mock<(command: CallCommandInput) => void>;
  beforeEach(() => {
    localStorage.clear();
    send = vi.fn<(command: CallCommandInput) => void>();
  });
  afterEach(() => {
    view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  const render = async (callView: CandidateView, now = t0, options: { locale?: 'fr' | 'en'; dialRequest?: DialRequest } = {}) => {
    view = await renderForTest(<Softphone view={callView} now={now} send={send} dialRequest={options.dialRequest ?? null} />, options.locale ? { locale: options.locale } : {});
    return view;
  };
  const text = () => view!.container.textContent ?? '';

  test('an incoming call rings with sound, shows the number, and « Décrocher » answers; the ring can be silenced, and it stays so', async () => {
    const audio = fakeAudio();
    await render(testView());
    expect(text()).toContain('Appel entrant');
    expect(text()).toContain('06 12 34 56 78');
    expect(audio).toEqual(['start']);

    await click(getButton(view!.container, 'Décrocher'));
    expect(send).toHaveBeenCalledWith({ type: 'call.answer' });

    const ringSound = view!.container.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await click(ringSound);
    expect(audio).toEqual(['start', 'stop', 'close']);
    expect(localStorage.getItem('plateau.ringSound')).toBe('false');
    view!.unmount();
    await render(testView());
    expect(audio).toEqual(['start', 'stop', 'close']);
  });

  test('no WebAudio: it rings silently, without error', async () => {
    vi.stubGlobal('AudioContext', undefined);
    await render(testView());
    expect(getButton(view!.container, 'Décrocher')).toBeDefined();
  });

  test('on the line: the call timer, hold with the hold time, mute, transfer to a listed service, hang up', async () => {
    const connected = testView({ phase: 'connected', connectedAt: t0 - 65_000, ringingSince: null, transfers: ['superviseur', 'logistique'] });
    await render(connected);
    expect(view!.container.querySelector('[data-testid="call-timer"]')?.textContent).toBe('1:05');

    await click(getButton(view!.container, 'Mettre en attente'));
    await click(getButton(view!.container, 'Couper le micro'));
    await selectOption(view!.container.querySelector('select')!, 'logistique');
    await click(getButton(view!.container, 'Transférer'));
    await click(getButton(view!.container, 'Raccrocher'));
    expect(send.mock.calls.map(([command]) => command)).toEqual([
      { type: 'call.hold' },
      { type: 'call.mute' },
      { type: 'call.transfer', service: 'logistique' },
      { type: 'call.hangUp' },
    ]);
    view!.unmount();

    send.mockClear();
    await render({ ...connected, onHold: true, holdSince: t0 - 12_000, muted: true }, t0 + 1_000);
    expect(view!.container.querySelector('[data-testid="hold-timer"]')?.textContent).toBe('0:13');
    expect(view!.container.querySelector('[data-testid="call-timer"]')?.textContent).toBe('1:06');
    expect(text()).toContain('Micro coupé');
    expect(getButton(view!.container, 'Reprendre l’appel').getAttribute('aria-pressed')).toBe('true');
    await click(getButton(view!.container, 'Reprendre l’appel'));
    await click(getButton(view!.container, 'Rétablir le micro'));
    expect(send.mock.calls.map(([command]) => command)).toEqual([{ type: 'call.resume' }, { type: 'call.unmute' }]);
  });

  test('wrap-up: the after-call time counts down, and « Terminer l’après-appel » takes the focus; once ended, « Voir le bilan » does', async () => {
    const wrapUp = testView({ phase: 'wrap-up', connectedAt: t0 - 200_000, endedAt: t0 - 20_000, wrapUpEndsAt: t0 + 90_000 });
    await render(wrapUp);
    expect(view!.container.querySelector('[data-testid="wrap-up-timer"]')?.textContent).toBe('1:30');
    expect(view!.container.querySelector('[data-testid="call-timer"]')?.textContent).toBe('3:00');
    const finish = getButton(view!.container, 'Terminer l’après-appel');
    expect(document.activeElement).toBe(finish);
    await click(finish);
    expect(send).toHaveBeenCalledWith({ type: 'wrapUp.finish' });
    view!.unmount();

    await render(wrapUp, t0 + 95_000);
    expect(text()).toContain('Le temps d’après-appel est écoulé.');
    view!.unmount();

    await render({ ...wrapUp, phase: 'ended', ending: { id: 'renvoi-express', outcome: 'ticket-opened' } });
    expect(text()).toContain('Fin de l’appel\u00a0: Ticket SAV ouvert');
    expect(text()).not.toContain('ticket-opened');
    const debrief = view!.container.querySelector('a')!;
    expect(debrief.textContent).toBe('Voir le bilan');
    expect(debrief.getAttribute('href')).toBe('/seance/s1/bilan');
    expect(document.activeElement).toBe(debrief);
    view!.unmount();

    await render({ ...wrapUp, phase: 'ended', ending: { id: 'renvoi-express', outcome: 'ticket-opened' } }, t0, { locale: 'en' });
    expect(text()).toContain('End of the call: After-sales ticket opened');
  });

  test('outbound: our caller id, a keypad by button and by keyboard digits, « Appeler » dials; the attempts are listed', async () => {
    const preparing = testView({
      direction: 'outbound',
      phase: 'preparing',
      canDial: true,
      ringingSince: null,
      displayedNumber: '05 49 62 18 40',
      dialAttempts: [{ number: '06 00 00 00 00', at: t0 - 60_000, result: 'wrong-number' }],
    });
    await render(preparing);
    expect(text()).toContain('Votre numéro affiché');
    expect(text()).toContain('05 49 62 18 40');
    expect(text()).toContain('06 00 00 00 00 — faux numéro');

    await click(getButton(view!.container, '0'));
    await click(getButton(view!.container, '6'));
    const keypad = view!.container.querySelector('[role="group"]')!;
    await act(async () => {
      for (const key of '92413785') pressKey(keypad.querySelector('button')!, key);
      pressKey(keypad.querySelector('button')!, 'Backspace');
      pressKey(keypad.querySelector('button')!, '5');
    });
    const field = view!.container.querySelector<HTMLInputElement>('input[type="tel"]')!;
    expect(field.value).toBe('0692413785');
    await click(getButton(view!.container, 'Appeler'));
    expect(send).toHaveBeenCalledWith({ type: 'call.dial', number: '0692413785' });
  });

  test('guided mode: the law\'s warnings are confirmed before dialling; as at the exam, it dials straight away', async () => {
    const warnings = [{ fr: 'La cliente a retiré son consentement.', en: 'The customer withdrew her consent.' }, { fr: 'Il est 20 h 40 chez elle.', en: 'It is 8:40 pm where she lives.' }];
    const guided = testView({ direction: 'outbound', phase: 'preparing', canDial: true, ringingSince: null, dialWarnings: warnings });
    await render(guided, t0, { dialRequest: { number: '06 92 41 37 85', nonce: 1 } });
    expect(view!.container.querySelector<HTMLInputElement>('input[type="tel"]')!.value).toBe('06 92 41 37 85');
    expect(document.activeElement).toBe(getButton(view!.container, 'Appeler'));

    await click(getButton(view!.container, 'Appeler'));
    expect(send).not.toHaveBeenCalled();
    const dialog = view!.container.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('La cliente a retiré son consentement.');
    expect(dialog.textContent).toContain('Il est 20 h 40 chez elle.');
    expect(document.activeElement).toBe(getButton(dialog as HTMLElement, 'Ne pas appeler'));
    await act(async () => {
      pressKey(document.activeElement!, 'Escape');
    });
    expect(view!.container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(send).not.toHaveBeenCalled();

    await click(getButton(view!.container, 'Appeler'));
    await click(getButton(view!.container, 'Appeler quand même'));
    expect(send).toHaveBeenCalledWith({ type: 'call.dial', number: '06 92 41 37 85' });
    view!.unmount();

    send.mockClear();
    await render({ ...guided, mode: 'exam' }, t0, { dialRequest: { number: '06 92 41 37 85', nonce: 1 } });
    await click(getButton(view!.container, 'Appeler'));
    expect(view!.container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(send).toHaveBeenCalledWith({ type: 'call.dial', number: '06 92 41 37 85' });
  });

  test('an empty number or a step without dialling says why instead of dialling', async () => {
    await render(testView({ direction: 'outbound', phase: 'preparing', canDial: true, ringingSince: null }));
    await click(getButton(view!.container, 'Appeler'));
    expect(view!.container.querySelector('[role="alert"]')?.textContent).toBe('Saisissez un numéro.');
    expect(document.activeElement).toBe(view!.container.querySelector('input[type="tel"]'));
    view!.unmount();
    await render(testView({ direction: 'outbound', phase: 'preparing', canDial: false, ringingSince: null }), t0, { dialRequest: { number: '0612', nonce: 1 } });
    await click(getButton(view!.container, 'Appeler'));
    expect(view!.container.querySelector('[role="alert"]')?.textContent).toBe('Vous ne pouvez pas composer à cette étape.');
    expect(send).not.toHaveBeenCalled();
  });

  test('speaks English when the interface does', async () => {
    await render(testView({ phase: 'connected', connectedAt: t0, ringingSince: null }), t0, { locale: 'en' });
    expect(text()).toContain('On the line');
    expect(getButton(view!.container, 'Hang up')).toBeDefined();
  });
});
