// A minimal router on the History API: navigate() pushes a path and notifies subscribers;
// the back and forward buttons arrive as popstate.

const navigationEvent = 'plateau:navigate';
let focusRequested = false;

/** Goes to an in-app path without reloading, then asks the new page to take the focus. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentPath()) return;
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  focusRequested = true;
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(navigationEvent));
}

/** True once after an in-app navigation: the new page's heading should take the focus. */
export function takeFocusRequest(): boolean {
  const requested = focusRequested;
  focusRequested = false;
  return requested;
}

export function subscribeToLocation(onChange: () => void): () => void {
  const onPopState = () => {
    focusRequested = true;
    onChange();
  };
  window.addEventListener(navigationEvent, onChange);
  window.addEventListener('popstate', onPopState);
  return () => {
    window.removeEventListener(navigationEvent, onChange);
    window.removeEventListener('popstate', onPopState);
  };
}

export function currentPath(): string {
  return window.location.pathname;
}
