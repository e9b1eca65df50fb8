import { createContext } from 'react';

/**
 * Click-to-call: the desk provides it so that a phone number in the CRM can be put into the
 * dialler. Without a provider (the trainer's workshop), the CRM offers no call button.
 */
export interface ClickToCall {
  callNumber(number: string): void;
}

export const ClickToCallContext = createContext<ClickToCall | null>(null);
