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

export function pageHtml(
  template: string,
  page: { href: string; html: string; title: string; description: string } & BakedPage,
): string {
  let html = template;
  html = replaceOnce(html, /<base href="[^"]*"\s*\/?>/, `<base href="${rootFrom(page.href)}" />`, '<base>');
  html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escapeText(page.title)}</title>`, '<title>');
  for (const [attribute, key, value] of [
    ['name', 'description', page.description],
    ['property', 'og:title', page.title],
    ['property', 'og:description', page.description],
  ] as const) {
    html = replaceOnce(
      html,
      new RegExp(`<meta ${attribute}="${key}" content="[^"]*"\\s*/?>`),
      `<meta ${attribute}="${key}" content="${escapeAttribute(value)}" />`,
      `<meta ${attribute}="${key}">`,
    );
  }
  html = replaceOnce(
    html,
    /<div id="root">[\s\S]*?<!--\/app-->\s*<\/div>/,
    `<div id="root">${page.html}</div>`,
    '#root with its <!--/app--> marker',
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
