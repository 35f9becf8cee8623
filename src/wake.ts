// A baked page runs no app until the reader does something with it: moves the pointer, touches,
// presses a key, focuses or changes a control. Then the app loads and hydrates the HTML (src/main.tsx).
// Links work before that: each is a real page. What the reader did to a control while the app
// was loading — a click on a button, text typed into a field — is done again once it is ready.

const WAKING = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'input', 'change'] as const;
const CONTROLS = 'button, input, select, textarea, [role="button"], [role="tab"]';

/**
 * Calls `wake` once, at the reader's first sign of life (or at once, `now`); `wake` resolves
 * when the app is ready.
 */
export function whenReaderActs(wake: () => Promise<void>, { now = false } = {}): void {
  let ready = false;
  const clicked: HTMLElement[] = [];
  const typed = new Map<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, string>();

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
      typed.set(field, field.value);
    }
  };
  // A list whose options come with the app (`data-withheld`, the picker past 200 disclosures)
  // is kept from opening with one option; it opens once the app has filled it.
  let opening: HTMLSelectElement | null = null;
  const onPress = (event: Event): void => {
    const list = event.target instanceof Element ? event.target.closest('select[data-withheld]') : null;
    if (ready || !(list instanceof HTMLSelectElement)) return;
    event.preventDefault();
    opening = list;
  };
  document.addEventListener('click', onClick, true);
  document.addEventListener('input', onInput, true);
  document.addEventListener('change', onInput, true);
  document.addEventListener('mousedown', onPress, true);
  document.addEventListener('touchstart', onPress, { capture: true, passive: false });

  const start = (): void => {
    for (const name of WAKING) document.removeEventListener(name, start, true);
    // Failed or not, the page stops holding the reader's clicks back.
    void wake()
      .catch(() => undefined)
      .then(() => {
        ready = true;
        document.removeEventListener('click', onClick, true);
        document.removeEventListener('input', onInput, true);
        document.removeEventListener('change', onInput, true);
        document.removeEventListener('mousedown', onPress, true);
        document.removeEventListener('touchstart', onPress, true);
        for (const [field, value] of typed) replayInput(field, value);
        for (const control of clicked) if (control.isConnected) control.click();
        if (opening?.isConnected) openList(opening);
      });
  };
  // At once: after the first paint, which the app's code would hold up.
  if (now) requestAnimationFrame(() => setTimeout(start, 0));
  else for (const name of WAKING) document.addEventListener(name, start, { capture: true, passive: true });
}

/** Focuses a list and opens it where the browser can (`showPicker`, within the tap's activation). */
function openList(list: HTMLSelectElement): void {
  list.focus();
  try {
    list.showPicker();
  } catch {
    // No showPicker, or the tap's activation has expired: the list has focus; a tap opens it.
  }
}

/**
 * What was typed or chosen, given to React: hydration put back the value React knew, so the
 * field gets the reader's value again, and React is told it changed (it compares with the value
 * it last saw, its `_valueTracker`, which is set apart from the new one first).
 */
function replayInput(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  if (!field.isConnected) return;
  const setValue = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
  setValue?.call(field, value);
  const tracker = (field as unknown as { _valueTracker?: { setValue: (value: string) => void } })
    ._valueTracker;
  tracker?.setValue(`${value}\u0000`);
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
