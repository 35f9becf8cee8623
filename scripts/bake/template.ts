// One baked page's HTML: the built index.html with the page's markup in #root, its title and
// description, a <base> naming the site's root from the page's folder, and the page's own
// description for the boot script (src/data/page.ts).

import { BAKED_PAGE_ID, type BakedPage } from '../../src/data/page';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** The <base> of a page in the folder `href` (`d/x/201/` → `../../../`). */
export function rootFrom(href: string): string {
  const depth = href === './' ? 0 : href.split('?')[0].split('/').filter(Boolean).length;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** Fails with the marker it could not find: the template (index.html) changed shape. */
function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(html)) throw new Error(`index.html: ${what} not found (${pattern.source})`);
  return html.replace(pattern, () => replacement);
}

/** The page's title and description, in <title> and its link previews' meta tags. */
function withHead(template: string, title: string, description: string): string {
  let html = replaceOnce(template, /<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`, '<title>');
  for (const [attribute, key, value] of [
    ['name', 'description', description],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
  ] as const) {
    html = replaceOnce(
      html,
      new RegExp(`<meta ${attribute}="${key}" content="[^"]*"\\s*/?>`),
      `<meta ${attribute}="${key}" content="${escapeAttribute(value)}" />`,
      `<meta ${attribute}="${key}">`,
    );
  }
  return html;
}

/**
 * `template` is the built index.html (the explorer's pages) or embed.html (embeds, whose title
 * stays the template's: no `title`).
 */
export function pageHtml(
  template: string,
  page: { href: string; html: string; title?: string; description?: string } & BakedPage,
): string {
  let html = replaceOnce(
    template,
    /<base href="[^"]*"\s*\/?>/,
    `<base href="${rootFrom(page.href)}" />`,
    '<base>',
  );
  // Its address, for index.html's first script: opened at another, the page hides its content.
  html = replaceOnce(html, /<html\b/, `<html data-page="${escapeAttribute(page.href)}"`, '<html>');
  // A baked page runs no app before the reader acts: the app's low-priority preloads go (vite.config.ts).
  html = html.replace(/\s*<link rel="modulepreload"[^>]*fetchpriority="low"[^>]*>/g, '');
  if (page.title !== undefined) html = withHead(html, page.title, page.description ?? '');
  const root = /<div id="(root|embed)">/.exec(html)?.[1] ?? 'root';
  html = replaceOnce(
    html,
    /<div id="(root|embed)">[\s\S]*?<!--\/app-->\s*<\/div>/,
    `<div id="${root}">${page.html}</div>`,
    '#root (or #embed) with its <!--/app--> marker',
  );
  const self: BakedPage = { href: page.href, data: page.data, version: page.version };
  // JSON in a data block: `<` escaped, so no text in it can close the element.
  const json = JSON.stringify(self).replace(/</g, '\\u003c');
  return replaceOnce(
    html,
    /<\/body>/,
    `<script type="application/json" id="${BAKED_PAGE_ID}">${json}</script>\n  </body>`,
    '</body>',
  );
}
