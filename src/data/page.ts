// What a baked page says about itself (scripts/bake writes it into the HTML as
// `<script type="application/json" id="baked-page">`): the link it was drawn for, and the data
// files it was drawn from. The page fetches those files only when the reader starts to interact,
// and hydrates the HTML with them.

/** The files a page is drawn from, by the store's record each one fills (their keys). */
export interface PageData {
  catalog: boolean;
  disclosures: string[];
  checks: string[];
  years: string[];
  projectShards: string[];
  sources: string[];
}

export interface BakedPage {
  /** The page's link (`hrefOf` its route): the HTML is this page only at this URL. */
  href: string;
  data: PageData;
  /** The catalog's version the page was drawn from: with other data, the app draws it anew. */
  version: string | null;
}

export const BAKED_PAGE_ID = 'baked-page';

/** The page's own description, or null when the HTML is not a baked page (dev server, a query that asks for another). */
export function readBakedPage(): BakedPage | null {
  return parseBakedPage(document.getElementById(BAKED_PAGE_ID)?.textContent);
}

/**
 * The description in another page's HTML, fetched as text (its JSON has no `<`: the build
 * escapes it). Read without parsing the page, which the Trusted Types policy would refuse.
 */
export function bakedPageIn(html: string): BakedPage | null {
  const data = new RegExp(`<script type="application/json" id="${BAKED_PAGE_ID}">([^<]*)</script>`);
  return parseBakedPage(data.exec(html)?.[1]);
}

function parseBakedPage(text: string | null | undefined): BakedPage | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as BakedPage;
  } catch {
    return null;
  }
}
