/** The French voice speechSynthesis offers, if any (voices may load after the page). */
export function findFrenchVoice(): SpeechSynthesisVoice | null {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  if (!synth || typeof synth.getVoices !== 'function') return null;
  return synth.getVoices().find((voice) => voice.lang.toLowerCase().startsWith('fr')) ?? null;
}

/** Says `text` with the French voice; does nothing (and never throws) when there is none. */
export function speakCustomerLine(text: string): void {
  const voice = findFrenchVoice();
  if (!voice || typeof SpeechSynthesisUtterance === 'undefined') return;
  try {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    globalThis.speechSynthesis.speak(utterance);
  } catch {
    // A browser that lists voices but cannot speak: the line is on screen anyway.
  }
}

/** Stops whatever is being said (on hang-up, or when reading aloud is turned off). */
export function stopSpeaking(): void {
  try {
    globalThis.speechSynthesis?.cancel();
  } catch {
    // Nothing to stop.
  }
}
