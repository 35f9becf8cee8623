// A baked page runs no app until the reader does something with it: moves the pointer, touches,
// presses a key or focuses a control. Then the app loads and hydrates the HTML (src/main.tsx).
// Links work before that: each is a real page. What the reader did to a control while the app
// was loading — a click on a button, text typed into a field — is done again once it is ready.

const WAKING = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin'] as const;
const CONTROLS = 'button, input, select, textarea, [role="button"], [role="tab"]';

/** Calls `wake` once, at the reader's first sign of life; `wake` resolves when the app is ready. */
export function whenReaderActs(wake: () => Promise<void>): void {
  let ready = false;
  const clicked: HTMLElement[] = [];
  const typed = new Set<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>();

  const onClick = (event: MouseEvent): void => {
    if (ready || !(event.target instanceof Element)) return;
    const control = event.target.closest<HTMLElement>(CONTROLS);
    // Text fields take the caret and the text natively; links and the rest need no app.
    if (!control || /^(text|search|number)$/.test((control as HTMLInputElement).type ?? '')) return;
    if (control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement) return;
    event.preventDefault();
    event.stopPropagation();
    clicked.push(control);
  };
  const onInput = (event: Event): void => {
    const field = event.target;
    if (
      !ready &&
      (field instanceof HTMLInputElement ||
        field instanceof HTMLTextAreaElement ||
        field instanceof HTMLSelectElement)
    ) {
      typed.add(field);
    }
  };
  document.addEventListener('click', onClick, true);
  document.addEventListener('input', onInput, true);
  document.addEventListener('change', onInput, true);

  const start = (): void => {
    for (const name of WAKING) document.removeEventListener(name, start, true);
    void wake().then(() => {
      ready = true;
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('input', onInput, true);
      document.removeEventListener('change', onInput, true);
      for (const field of typed) replayInput(field);
      for (const control of clicked) if (control.isConnected) control.click();
    });
  };
  for (const name of WAKING) document.addEventListener(name, start, { capture: true, passive: true });
}

/**
 * Tells React that a field's text changed: React compares with the value it last saw (its
 * `_valueTracker`, which hydration set to the typed text), so that is reset before the event.
 */
function replayInput(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): void {
  if (!field.isConnected) return;
  const tracker = (field as unknown as { _valueTracker?: { setValue: (value: string) => void } })
    ._valueTracker;
  tracker?.setValue('');
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/**
 * In-page links (`#main`, `#L12`): with a <base> naming the site's root, the browser would
 * resolve them against the root and leave the page; they scroll to their target instead.
 */
export function followHashLinks(): void {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (!link || event.defaultPrevented) return;
    const hash = link.getAttribute('href') ?? '';
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    event.preventDefault();
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${window.location.search}${hash}`,
    );
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.scrollIntoView();
      target.focus({ preventScroll: true });
    }
  });
}
