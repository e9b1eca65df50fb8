// @vitest-environment jsdom
import { act, useEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi, type Mock } from 'vitest';
import type { CandidateView } from '../../../shared/protocol/callProtocol';
import { click, getButton, renderForTest, waitFor, type Rendered } from '../../testing/renderForTest';
import { pressKey } from '../crm/testCrmEnvironment';
import { DialoguePanel } from './DialoguePanel';
import type { CallCommandInput } from './createCallConnection';
import { testView } from './testView';

const greeting = { by: 'customer' as const, text: { fr: 'Bonjour, ma commande n’est pas arrivée.', en: 'Hello, my order has not arrived.' }, at: 1 };
const reply = { by: 'candidate' as const, text: { fr: 'Je regarde cela.', en: 'Let me check.' }, at: 2 };
const options: CandidateView['options'] = [
  { id: 'empathie', say: { fr: 'Je comprends, je regarde tout de suite.', en: 'I understand, I am checking right away.' }, hint: { fr: 'Montre de l’écoute.', en: 'Shows listening.' } },
  { id: 'transporteur', say: { fr: 'Voyez avec le transporteur.', en: 'Ask the carrier.' } },
];
const connected = (overrides: Partial<CandidateView> = {}) => testView({ phase: 'connected', connectedAt: 0, ringingSince: null, ...overrides });

/** A speechSynthesis stand-in with the given voices, recording what is said. */
function fakeSpeech(langs: string[]) {
  const spoken: string[] = [];
  vi.stubGlobal('speechSynthesis', { getVoices: () => langs.map((lang) => ({ lang, name: lang })), speak: (utterance: { text: string }) => spoken.push(utterance.text), cancel: () => undefined });
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      voice: unknown = null;
      lang = '';
      constructor(readonly text: string) {}
    },
  );
  return spoken;
}

describe('DialoguePanel', () => {
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

  const lines = () => [...view!.container.querySelectorAll('[data-testid="transcript-line"]')].map((line) => line.textContent);
  const optionButtons = () => [...view!.container.querySelectorAll<HTMLButtonElement>('.dialogue__option')];

  test('shows the transcript in the interface\'s language and announces the latest customer line', async () => {
    view = await renderForTest(<DialoguePanel view={connected({ transcript: [greeting, reply] })} send={send} />);
    expect(lines()).toEqual(['Client Bonjour, ma commande n’est pas arrivée.', 'Vous Je regarde cela.']);
    const live = view.container.querySelector('[data-testid="customer-live"]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('Client : Bonjour, ma commande n’est pas arrivée.');
    view.unmount();

    view = await renderForTest(<DialoguePanel view={connected({ transcript: [greeting, reply] })} send={send} />, { locale: 'en' });
    expect(lines()).toEqual(['Customer Hello, my order has not arrived.', 'You Let me check.']);
  });

  test('the answers are buttons numbered 1–9 with their hints; new answers take the focus; a key or a click chooses', async () => {
    view = await renderForTest(<DialoguePanel view={connected({ transcript: [greeting], options, hint: { fr: 'Reformulez.', en: 'Rephrase.' } })} send={send} />);
    expect(optionButtons().map((button) => button.textContent)).toEqual(['1Je comprends, je regarde tout de suite.Montre de l’écoute.', '2Voyez avec le transporteur.']);
    expect(optionButtons()[0]!.getAttribute('aria-keyshortcuts')).toBe('1');
    expect(view.container.textContent).toContain('Conseil Reformulez.');
    expect(document.activeElement).toBe(optionButtons()[0]);

    await act(async () => {
      pressKey(document.body, '2');
    });
    expect(send).toHaveBeenLastCalledWith({ type: 'dialogue.choose', option: 'transporteur' });
    await click(optionButtons()[0]!);
    expect(send).toHaveBeenLastCalledWith({ type: 'dialogue.choose', option: 'empathie' });
    await act(async () => {
      pressKey(document.body, '7'); // no 7th answer
    });
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('digits typed in a field (a CRM search, a note) are not answers, and a focus elsewhere is not stolen', async () => {
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    view = await renderForTest(<DialoguePanel view={connected({ options })} send={send} />);
    expect(document.activeElement).toBe(field);
    await act(async () => {
      pressKey(field, '1');
    });
    expect(send).not.toHaveBeenCalled();
    field.remove();
  });

  test('no answers while ringing or in wrap-up; no hint in exam mode', async () => {
    view = await renderForTest(<DialoguePanel view={testView({ options, mode: 'exam' })} send={send} />);
    expect(optionButtons()).toHaveLength(0);
    expect(view.container.textContent).not.toContain('Conseil');
    await act(async () => {
      pressKey(document.body, '1');
    });
    expect(send).not.toHaveBeenCalled();
  });

  test('reads new customer lines aloud with a French voice; the switch turns it off and is remembered', async () => {
    const spoken = fakeSpeech(['en-US', 'fr-FR']);
    const initial = connected({ transcript: [greeting] });
    view = await renderForTest(<DialoguePanel view={initial} send={send} />);
    expect(spoken).toEqual([]); // what was said before the page opened is not read again

    const next = { by: 'customer' as const, text: { fr: 'C’était pour samedi !', en: 'It was for Saturday!' }, at: 3 };
    view.unmount();
    view = await renderForTest(<Rerender first={initial} second={{ ...initial, transcript: [greeting, reply, next] }} />);
    await waitFor(() => expect(lines()).toHaveLength(3));
    expect(spoken).toEqual(['C’était pour samedi !']);

    const toggle = view.container.querySelector<HTMLInputElement>('.dialogue__settings input[type="checkbox"]')!;
    expect(toggle.checked).toBe(true);
    await click(toggle);
    expect(localStorage.getItem('plateau.speakCustomer')).toBe('false');
  });

  test('without speechSynthesis, or without a French voice, nothing breaks and the panel says so', async () => {
    vi.stubGlobal('speechSynthesis', undefined);
    view = await renderForTest(<DialoguePanel view={connected({ transcript: [greeting] })} send={send} />);
    expect(view.container.textContent).toContain('Lecture à voix haute indisponible');
    view.unmount();
    const spoken = fakeSpeech(['en-GB']);
    view = await renderForTest(<Rerender first={connected()} second={connected({ transcript: [greeting] })} />);
    await waitFor(() => expect(lines()).toHaveLength(1));
    expect(spoken).toEqual([]);
  });

  test('« Micro » is a switch (off until pressed)', async () => {
    view = await renderForTest(<DialoguePanel view={connected()} send={send} />);
    expect(getButton(view.container, 'Micro').getAttribute('aria-pressed')).toBe('false');
  });
});

/** Renders `first`, then `second` once mounted: a view update as the server sends it. */
function Rerender({ first, second }: { first: CandidateView; second: CandidateView }) {
  const [current, setCurrent] = useState(first);
  useEffect(() => {
    const timer = setTimeout(() => setCurrent(second), 0);
    return () => clearTimeout(timer);
  }, [second]);
  return <DialoguePanel view={current} send={() => undefined} />;
}
