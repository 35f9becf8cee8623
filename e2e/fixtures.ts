// The test every spec uses: fails on any console error or page error, and offers helpers named
// for what a user does.

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';

export const OFFICE = '2025-dalian-xigang-103-government-office';
export const HUANGPI = '2024-wuhan-huangpi-032-big-data-center';
export const HAIGANG = '2025-qinhuangdao-haigang-980-development-service-center';
export const QIAOKOU = '2025-wuhan-qiaokou-135002-big-data-center';
/** A real PDF disclosure of the vendored corpus (北京市统计局 2026). */
export const BEIJING_TJJ = 'beijing_tjj_2026';
/** A real disclosure whose 2299999 其他支出 is paid by its 财政专户 projects. */
export const DATA_CENTER = '2025-dalian-xigang-146-big-data-center';

/** What the converter wrote (the explorer shows all of it): how many disclosures and projects. */
const catalog = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as {
  disclosures: unknown[];
  projectShards: number;
};
export const DISCLOSURE_COUNT = catalog.disclosures.length;
export const PROJECT_COUNT = Array.from(
  { length: catalog.projectShards },
  (_, shard) =>
    (JSON.parse(readFileSync(`public/data/projects/${shard}.json`, 'utf8')) as { rows: unknown[] }).rows
      .length,
).reduce((sum, n) => sum + n, 0);

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** From the overview, open a department's spending. */
export async function openDepartment(page: Page, name: string): Promise<void> {
  await page.goto('./');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
}

/** Click an item of the drill-down table to see its sub-items. */
export async function drillInto(page: Page, item: string): Promise<void> {
  await page
    .getByRole('table')
    .getByRole('link', { name: new RegExp(item) })
    .click();
  await expect(page.getByRole('navigation', { name: /科目路径|Classification path/ })).toContainText(item);
}

/** The row of a table whose first cell names the item. */
export function row(page: Page, item: string) {
  return page.getByRole('row').filter({ hasText: item });
}

/** No serious or critical accessibility violation (axe-core). */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    'serious accessibility violations',
  ).toEqual([]);
}

/** Screenshots at desktop and phone width, kept as test artifacts. */
export async function snapshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    // The layout after the resize: charts measure their box (ResizeObserver) and redraw before
    // the second frame.
    await page.evaluate(
      () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal page scroll at ${width}px`).toBeLessThanOrEqual(0);
    const path = testInfo.outputPath(`${name}-${width}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`${name}-${width}`, { path, contentType: 'image/png' });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A PNG's size in pixels, from its header (IHDR: width and height at bytes 16 and 20). */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * The line of a document's original text that the source view opened at (marked aria-current).
 * getByRole has no option for aria-current, so an attribute selector, within the list of lines
 * found by role and named by the document's file.
 */
export function citedLine(page: Page, sourceFile: string) {
  return page
    .getByRole('list', { name: sourceFile, exact: true })
    .getByRole('listitem')
    .and(page.locator('[aria-current="true"]'));
}
