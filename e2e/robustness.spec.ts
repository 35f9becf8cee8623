// Hostile input in the browser: hundreds of malformed URLs, markup in the data, requests to
// other origins. Each URL must give a working page with a notice and no console error; text
// from documents is shown as text; the Content-Security-Policy lets nothing else in.
// `npm run test:robustness` runs 400 URLs (ROBUSTNESS_URLS); `npm test` a sample of 50.

import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { citedLine, expect, OFFICE, test } from './fixtures';
import { fuzzUrls, MARKUP } from './urls';

const COUNT = Number(process.env.ROBUSTNESS_URLS ?? 50);
const CHUNK = 25;
const URLS = fuzzUrls(COUNT, 20261121);
const REPORT = process.env.ROBUSTNESS_REPORT;

for (let start = 0; start < URLS.length; start += CHUNK) {
  const urls = URLS.slice(start, start + CHUNK);
  test(`malformed URLs ${start + 1}–${start + urls.length} each give a working page with a notice`, async ({
    page,
    consoleErrors,
  }) => {
    test.setTimeout(30_000 + urls.length * 3_000);
    const problems: string[] = [];
    let noticed = 0;
    for (const url of urls) {
      const before = consoleErrors.length;
      await page.goto(`./${url}`);
      const heading = page.getByRole('main').getByRole('heading', { level: 1 });
      const notice = page.getByRole('status').first();
      try {
        await expect(heading).toBeVisible();
        await expect(notice).not.toBeEmpty();
        noticed++;
      } catch {
        problems.push(`${url.slice(0, 160)}: ${(await heading.count()) ? 'no notice' : 'no page'}`);
      }
      if (await page.evaluate(() => 'xss' in window || '__xss' in window))
        problems.push(`${url}: script ran`);
      const errors = consoleErrors.splice(before);
      if (errors.length) problems.push(`${url.slice(0, 160)}: console error ${errors[0].slice(0, 200)}`);
    }
    if (REPORT) {
      mkdirSync(REPORT, { recursive: true });
      writeFileSync(
        join(REPORT, `urls-${start}.json`),
        JSON.stringify({ urls: urls.length, noticed, problems }),
      );
    }
    expect(problems).toEqual([]);
  });
}

test('the built pages carry a Content-Security-Policy with no other origin and no inline script but one, by its hash', async ({
  page,
}) => {
  for (const path of ['./', './embed.html']) {
    await page.goto(path);
    // A <meta> in the head has no role: located by its attribute.
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("require-trusted-types-for 'script'");
    // The explorer's one inline script (it hides a baked page opened at another address), by its hash.
    const inline = await page.locator('script:not([src]):not([type])').allTextContents();
    const hashes = inline.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    expect(inline).toHaveLength(path === './' ? 1 : 0);
    expect(policy).toContain(["script-src 'self'", ...hashes].join(' ') + ';');
    // Style attributes only (not <style>, not script): the baked pages' markup carries the widths React sets.
    expect(policy).toContain("style-src 'self'; style-src-attr 'unsafe-inline'");
    expect(policy?.replace("style-src-attr 'unsafe-inline'", '')).not.toMatch(
      /unsafe-inline|unsafe-eval|https?:|\*/,
    );
  }
});

test('the policy blocks requests to other origins and HTML written from strings', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('./');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const fetched = await fetch('http://127.0.0.1:9/steal').then(
      () => 'fetched',
      () => 'blocked',
    );
    let html = 'written';
    try {
      document.createElement('div').innerHTML = '<img src=x onerror="window.__xss=1">';
    } catch {
      html = 'blocked';
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { fetched, html, violations };
  });
  expect(outcome).toEqual({
    fetched: 'blocked',
    html: 'blocked',
    violations: expect.arrayContaining(['connect-src', 'require-trusted-types-for']),
  });
  // Chromium reports each blocked attempt on the console; those were the point of this test.
  expect(consoleErrors.every((e) => /Content Security Policy|TrustedHTML|Trusted Type/i.test(e))).toBe(true);
  consoleErrors.length = 0;
});

test('text of a disclosure is shown as text, in the source viewer and in names', async ({ page }) => {
  const payload = MARKUP.join(' ');
  await page.route(`**/data/sources/${OFFICE}.txt`, async (route) => {
    const original = await (await route.fetch()).text();
    const lines = original.split('\n');
    lines[2] = payload;
    await route.fulfill({ body: lines.join('\n'), contentType: 'text/plain; charset=utf-8' });
  });
  await page.route(`**/data/disclosures/${OFFICE}.json`, async (route) => {
    const disclosure = await (await route.fetch()).json();
    disclosure.department.name = `${MARKUP[0]}办公室`;
    disclosure.functional[0].name = MARKUP[1];
    await route.fulfill({ json: disclosure });
  });

  await page.goto(`./?view=source&d=${OFFICE}&line=3`);
  await expect(citedLine(page, `${OFFICE}.txt`)).toContainText(MARKUP[0]);
  // No element was made from the markup: by tag (a <script> has no role), within the list of lines.
  await expect(
    page.getByRole('list', { name: `${OFFICE}.txt`, exact: true }).locator('img, svg, script'),
  ).toHaveCount(0);

  await page.goto(`./?view=drill&d=${OFFICE}`);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toContainText(MARKUP[0]);
  await expect(page.getByRole('table')).toContainText(MARKUP[1]);
  // No element was made from the markup: by tag and attribute, within the page's main region.
  await expect(page.getByRole('main').locator('img[src="x"], svg[onload]')).toHaveCount(0);
  expect(await page.evaluate(() => '__xss' in window)).toBe(false);
});
