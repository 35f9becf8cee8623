// A province's worth of disclosures in the browser: the catalog and the projects index are
// inflated in the network layer (2,000 disclosures, 8,000 projects), and the long lists must
// stay usable: only the rows near the viewport are in the page, scrolling reaches the end,
// search finds what is asked for.

import type { Page } from '@playwright/test';
import { DISCLOSURE_COUNT, expect, expectAccessible, OFFICE, row, test } from './fixtures';

const DISCLOSURES = 2000;
/** The real disclosures, copied over and over: the last copy's number. */
const LAST_COPY = Math.floor((DISCLOSURES - 1) / DISCLOSURE_COUNT);

async function inflate(page: Page, { version = 'inflated' } = {}): Promise<void> {
  await page.route('**/data/index.json', async (route) => {
    const catalog = await (await route.fetch()).json();
    const real = catalog.disclosures;
    catalog.disclosures = Array.from({ length: DISCLOSURES }, (_, n) => {
      const d = real[n % real.length] as { id: string; department: { name: string } };
      const copy = Math.floor(n / real.length);
      return {
        ...d,
        id: copy === 0 ? d.id : `${d.id}-copy-${copy}`,
        department: {
          ...d.department,
          name: copy === 0 ? d.department.name : `${d.department.name}（第 ${copy} 份）`,
        },
      };
    });
    catalog.projectShards = 1;
    // Other data than the build's: a baked page is drawn anew from it, not hydrated.
    if (version !== 'kept') catalog.version = version;
    await route.fulfill({ json: catalog });
  });
  await page.route('**/data/projects/0.json', async (route) => {
    const shard = await (await route.fetch()).json();
    const rows = Array.from({ length: 8000 }, (_, n) => {
      const row = [...shard.rows[n % shard.rows.length]];
      row[1] = `${row[1]}-${n}`;
      row[2] = `${row[2]} 第${n}号`;
      return row;
    });
    await route.fulfill({ json: { rows } });
  });
}

test('2,000 disclosures: the overview renders only the cards in view, and search finds one', async ({
  page,
}) => {
  await inflate(page);
  await page.goto('./');
  // The baked overview shows the 44 disclosures it was built from; once the reader moves, the
  // app loads the (here inflated) catalog and draws the page anew from it.
  await page.mouse.move(10, 10);
  await expect(page.getByText('2000 份预算')).toBeVisible();
  const cards = page.getByRole('listitem').filter({ hasText: '支出合计' });
  // The virtual grid is in place (not the first cards shown while it loads): only its cards carry
  // the data-index it measures them by, and no role tells them apart.
  await expect(cards.and(page.locator('[data-index]')).first()).toBeVisible();
  expect(await cards.count()).toBeLessThan(120);
  await expectAccessible(page);
  // Measured cards change the page's height: scroll to the end until it stays put.
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.getByRole('link', { name: new RegExp(`（第 ${LAST_COPY} 份）`) }).first()).toBeVisible({
      timeout: 500,
    });
  }).toPass();

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('searchbox').fill('黄陂 第 12 份');
  await expect(page.getByText('找到 1 份（共 2000 份）')).toBeVisible();
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('武汉市黄陂区大数据中心（第 12 份）');
});

test('8,000 projects: the list renders only the rows in view, and a search narrows it at once', async ({
  page,
}) => {
  await inflate(page);
  await page.goto('./?view=projects');
  await expect(page.getByText(/共 8000 个项目/)).toBeVisible();
  // The table's body rows (the header row holds column headers, not cells; spacers are hidden).
  const rows = page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(80);
  await expectAccessible(page);
  // The last project, 第7999号, in the table's last row (8,000 rows after the header).
  const last = row(page, '第7999号');
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(last).toBeVisible({ timeout: 500 });
  }).toPass();
  await expect(last).toHaveAttribute('aria-rowindex', '8001');

  await page.getByRole('searchbox').fill('第7777号');
  await expect(page.getByText(/共 1 个项目/)).toBeVisible();
  await expect(rows).toHaveCount(1);
});

test('2,000 disclosures: the first tap on the picker of a baked page waits for the app, then opens the full list', async ({
  page,
}) => {
  // A page baked from 2,000 disclosures: its picker holds the chosen one only, marked withheld
  // (components/Picker.tsx); the catalog is the one it was baked from (its version kept).
  await inflate(page, { version: 'kept' });
  await page.route(`**/d/${OFFICE}/201/`, async (route) => {
    const html = await (await route.fetch()).text();
    // The picker, not the header's unit list.
    const picker = [...html.matchAll(/<select>([\s\S]*?)<\/select>/g)].find((m) => m[1].includes(OFFICE))!;
    const chosen = /<option[^>]*selected=""[^>]*>[\s\S]*?<\/option>/.exec(picker[1])![0];
    await route.fulfill({
      contentType: 'text/html',
      body: html.replace(picker[0], `<select data-withheld="">${chosen}</select>`),
    });
  });
  await page.addInitScript(() => {
    const opened = { count: 0 };
    Object.assign(window, { opened });
    HTMLSelectElement.prototype.showPicker = function () {
      opened.count++;
    };
  });
  await page.goto(`./d/${OFFICE}/201/`);
  const picker = page.getByRole('combobox', { name: '选择预算' });
  await expect(picker.locator('option')).toHaveCount(1);
  await picker.click();
  await expect(picker.locator('option')).toHaveCount(DISCLOSURES);
  await expect(picker).toBeFocused();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { opened: { count: number } }).opened.count))
    .toBe(1);
});
