// Where the page is: its path below the site's root. Every page names the root in its <base>
// (index.html: `./`; a baked page two folders down: `../../`), which the boot script makes
// absolute once, so that it stays the root while the app moves between paths.

/** The site's root as an absolute URL (the page's <base>). */
export function siteRoot(): URL {
  return new URL(document.baseURI);
}

/** The page's path below the site's root, e.g. `d/<id>/201/` ('' at the root). */
export function pagePath(): string {
  const root = siteRoot().pathname;
  const here = window.location.pathname;
  return here.startsWith(root) ? here.slice(root.length) : '';
}

/** The anchor the page was opened at (`#L44`), which the browser scrolled to; '' once used. */
let landing = '';

/** Called once, first thing: the <base> made absolute (it would follow pushState otherwise). */
export function fixBase(): void {
  const base = document.querySelector('base');
  if (base) base.setAttribute('href', base.href);
  landing = window.location.hash;
}

/**
 * Whether the browser scrolled to this anchor when the page opened (the first time it is asked):
 * what the reader did since (scrolled away) is left alone. Later, the app's own links scroll.
 */
export function openedAt(hash: string): boolean {
  const opened = hash === landing;
  if (opened) landing = '';
  return opened;
}
