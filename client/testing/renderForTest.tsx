import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../app/i18n/I18nProvider';
import type { Locale } from '../app/i18n/locales';

// Test helper for jsdom tests (files starting with `// @vitest-environment jsdom`): renders with
// React's act() so that effects and state updates are flushed before assertions.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export type Rendered = {
  container: HTMLElement;
  unmount: () => void;
};

/** Renders `ui` inside the i18n provider into a fresh element of document.body. */
export async function renderForTest(ui: ReactNode, options: { locale?: Locale } = {}): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(<I18nProvider initialLocale={options.locale}>{ui}</I18nProvider>);
  });
  return {
    container,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Retries `assertion` (inside act) until it stops throwing, or fails after `timeoutMs`. */
export async function waitFor(assertion: () => void, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
    }
  }
}

/** Clicks an element the way a user would (a bubbling left click). */
export async function click(element: Element): Promise<void> {
  await act(async () => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
  });
}

/** Chooses an option of a native select and fires the change event React listens to. */
export async function selectOption(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** The <select> whose <label> reads `labelText`. */
export function getSelectByLabel(container: HTMLElement, labelText: string): HTMLSelectElement {
  const label = [...container.querySelectorAll('label')].find((element) => element.textContent === labelText);
  const select = label && container.ownerDocument.getElementById(label.htmlFor);
  if (!(select instanceof HTMLSelectElement)) throw new Error(`No select labelled "${labelText}"`);
  return select;
}

/** The button whose accessible name is `name` (aria-label, or its text without aria-hidden parts). */
export function getButton(container: HTMLElement, name: string): HTMLButtonElement {
  const button = [...container.querySelectorAll('button')].find((element) => accessibleName(element) === name);
  if (!button) throw new Error(`No button named "${name}"`);
  return button;
}

function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label;
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
