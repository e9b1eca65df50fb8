import type { VoiceMessages } from './voiceMessagesFr';

/** English messages of the microphone check; typed as `VoiceMessages`, so a missing or extra key fails `tsc`. */
export const voiceMessagesEn: VoiceMessages = {
  'micCheck.pageTitle': 'Check my microphone',
  'micCheck.title': 'Your microphone',
  'micCheck.intro':
    'Plateau listens to your microphone to measure your talk time and silences during the call. Nothing is recorded and no sound leaves your computer.',
  'micCheck.start': 'Check my microphone',
  'micCheck.loading': 'Loading the voice detector…',
  'micCheck.loadingProgress': 'Voice detector: {percent}%',
  'micCheck.speak': 'Say a few words, for example “Hello, how can I help you?”',
  'micCheck.level': 'Microphone level',
  'micCheck.heard': 'We can hear you',
  'micCheck.continue': 'Continue',
  'micCheck.deniedTitle': 'Plateau cannot use your microphone.',
  'micCheck.deniedText': 'Allow the microphone for this site (icon left of the address, or the browser settings), then try again.',
  'micCheck.errorTitle': 'The microphone could not be opened.',
  'micCheck.noMicrophone': 'No microphone was found. Plug in a microphone or a headset, then try again.',
  'micCheck.retry': 'Try again',
  'micCheck.segments': 'Speech detected',
  'micCheck.segment': 'Speech of {seconds} s',
  'micCheck.segmentOngoing': 'Speaking…',
};
