// Baked pages (scripts/bake): a disclosure's pages are HTML with their content in it, run no app
// until the reader does something, then hydrate without redrawing; old links still open them.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { citedLine, DISCLOSURE_COUNT, expect, OFFICE, row, test } from './fixtures';

const PAGE = `./d/${OFFICE}/201/`;

/** Holds the catalog's response back until the returned function is called (the app waits for it). */
async function holdCatalog(page: Page): Promise<() => void> {
  let release = (): void => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/index.json', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Every module answers empty: what the HTML and index.html's inline script do alone. */
async function withoutModules(page: Page): Promise<void> {
  await page.route('**/assets/*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
}

test.describe('with scripts turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('a drill-down page shows its title, figures, chart and table from the HTML alone', async ({
    page,
  }) => {
    await page.goto(PAGE);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('大连市西岗区人民政府办公室');
    await expect(page).toHaveTitle(/201 一般公共服务支出/);
    // 附表4/附表7: 2010301 行政运行 479.27 + 2010302 一般行政管理事务 30.40 = 509.67 万元.
    await expect(row(page, '20103 政府办公厅（室）及相关机构事务')).toContainText('509.67');
    await expect(page.locator('svg[data-chart]').filter({ visible: true })).toHaveCount(1);
    // With few disclosures, the picker lists them all before any script (a phone's first tap opens them).
    await expect(page.getByRole('combobox', { name: '选择预算' }).locator('option')).toHaveCount(
      DISCLOSURE_COUNT,
    );
    // Its links are real pages: the 款 opens in the browser from the 类's page.
    await expect(page.getByRole('table').getByRole('link', { name: /20103 政府办公厅/ })).toHaveAttribute(
      'href',
      `d/${OFFICE}/201/?node=20103`,
    );
  });

  test('the overview lists every disclosure with its total', async ({ page }) => {
    await page.goto('./');
    // Seed 001, line 133: (二) 2025 年支出预算 719.85 万元.
    await expect(
      page.getByRole('listitem').filter({ hasText: '大连市西岗区人民政府办公室' }).first(),
    ).toContainText('719.85');
  });
});

test('before the reader acts, a baked page loads its boot script and nothing else', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(PAGE);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('/data/'))).toEqual([]);
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js'))
      .map((entry) => (entry as PerformanceResourceTiming).decodedBodySize),
  );
  // The boot script and the few modules it imports: no React, no view.
  expect(scripts.length).toBeLessThanOrEqual(3);
  expect(scripts.reduce((sum, size) => sum + size, 0)).toBeLessThan(20_000);
});

test('a click before the app is ready is done once it is: the table sorts, nothing is redrawn', async ({
  page,
}) => {
  await page.goto(PAGE);
  const heading = page.getByRole('heading', { level: 1 });
  await heading.evaluate((element) => element.setAttribute('data-before', 'yes'));
  await page.getByRole('button', { name: /^科目名称/ }).click();
  await expect(page).toHaveURL(/sort=code\.asc/);
  // Hydrated, not replaced: the element the HTML made is still there (a mismatch would redraw it,
  // and the console would say so: the fixture fails on any console error).
  await expect(heading).toHaveAttribute('data-before', 'yes');
  await page
    .getByRole('table')
    .getByRole('link', { name: /20103 政府办公厅/ })
    .click();
  await expect(row(page, '2010301 行政运行')).toContainText('479.27');
});

test('each kind of baked page hydrates without a mismatch', async ({ page }) => {
  for (const path of [
    './',
    `./d/${OFFICE}/`,
    PAGE,
    `./d/${OFFICE}/split/`,
    `./d/${OFFICE}/department/`,
    `./d/${OFFICE}/quality/`,
    `./d/${OFFICE}/source/`,
    './projects/',
  ]) {
    await page.goto(path);
    const main = page.locator('main');
    await main.evaluate((element) => element.setAttribute('data-before', 'yes'));
    await page.mouse.move(20, 20);
    // The app is running: the share menu's button answers.
    await page.getByText('分享', { exact: true }).click();
    await expect(page.getByRole('button', { name: '复制链接' })).toBeVisible();
    await expect(main).toHaveAttribute('data-before', 'yes');
  }
});

test('a link to a line of a source text opens its baked page there, then marks the line and the figure', async ({
  page,
}) => {
  // The catalog is held back until the baked line is marked, to tell a hydration from a redraw.
  const release = await holdCatalog(page);
  await page.goto(`./d/${OFFICE}/source/?line=400&cite=4%2C792%2C654.93`);
  await page.locator('#L400').evaluate((element) => element.setAttribute('data-before', 'yes'));
  release();
  // Seed 001, line 400: 2010301-行政运行 4,792,654.93 (元).
  const line = citedLine(page, `${OFFICE}.txt`);
  await expect(line).toContainText('2010301-行政运行');
  await expect(line.locator('mark')).toHaveText('4,792,654.93');
  await expect(line).toBeInViewport();
  // Hydrated, not drawn anew: the element the HTML made is the one marked (a mismatch would
  // also log a console error, which fails the test).
  await expect(line).toHaveAttribute('data-before', 'yes');
});

test('a link to a line that names its anchor is scrolled there and marked by the browser, before any script', async ({
  page,
}) => {
  await withoutModules(page);
  await page.goto(`./d/${OFFICE}/source/?line=400&cite=4%2C792%2C654.93#L400`);
  // Seed 001, line 400: 2010301-行政运行 4,792,654.93 (元).
  const line = page.locator('#L400');
  await expect(line).toContainText('2010301-行政运行');
  await expect(line).toBeInViewport();
  expect(await line.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
  expect(await page.locator('#L380').evaluate((element) => getComputedStyle(element).outlineStyle)).toBe(
    'none',
  );
});

test('a line opened at its anchor waits for the reader; the figure is marked where the reader has scrolled to', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`./d/${OFFICE}/source/?line=400&cite=4%2C792%2C654.93#L400`);
  await expect(page.locator('#L400')).toBeInViewport();
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('/data/'))).toEqual([]);
  // The reader scrolls the text back to its start, then moves the pointer: the app runs.
  const list = page.getByRole('list', { name: `${OFFICE}.txt`, exact: true });
  await list.evaluate((element) => element.scrollTo(0, 0));
  await page.mouse.move(20, 20);
  const line = citedLine(page, `${OFFICE}.txt`);
  await expect(line.locator('mark')).toHaveText('4,792,654.93');
  // It is left where the reader put it.
  expect(await list.evaluate((element) => element.scrollTop)).toBe(0);
});

test('a baked page opened at another address hides its content from the first paint, with no app yet', async ({
  page,
}) => {
  // index.html's inline script alone: no module runs (the app would draw the page asked for).
  await withoutModules(page);
  const compare = `./?view=compare&d=${OFFICE}`;
  for (const [path, shown] of [
    ['./', true],
    [compare, false],
    [`./d/${OFFICE}/201/`, true],
    [`./d/${OFFICE}/201/?lang=en`, false],
    // A 款 is drawn from its 类's page, and a line of a source text is its page scrolled there.
    [`./d/${OFFICE}/201/?node=20103`, true],
    [`./d/${OFFICE}/201/#main`, true],
    [`./d/${OFFICE}/source/?line=400`, true],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('main > *').first(), path).toBeVisible({ visible: shown });
  }
});

test('a 款 is drawn from the baked page of its 类: hydrated at once, then moved to the 款', async ({
  page,
}) => {
  const release = await holdCatalog(page);
  await page.goto(`./d/${OFFICE}/201/?node=20103`);
  // The 类's page, before any app: its title in view; its own figures (20103 is one of its
  // rows, 附表4/7: 509.67 万元) there but out of sight, never shown for the 款 asked for.
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  // (Out of sight, it is out of the accessibility tree too: found by its markup.)
  const lei = page.locator('tr').filter({ hasText: '20103 政府办公厅（室）及相关机构事务' });
  await expect(lei).toContainText('509.67');
  await expect(lei).toBeHidden();
  await heading.evaluate((element) => element.setAttribute('data-before', 'yes'));
  release();
  // 附表4/7: 2010301 行政运行 479.27, 2010302 一般行政管理事务 30.40.
  await expect(row(page, '2010301 行政运行')).toContainText('479.27');
  await expect(row(page, '2010301 行政运行')).toBeVisible();
  await expect(row(page, '2010302 一般行政管理事务')).toContainText('30.40');
  await expect(heading).toHaveAttribute('data-before', 'yes');
  await expect(page).toHaveURL(new RegExp(`/d/${OFFICE}/201/\\?node=20103$`));
});

test('an old query link opens the same page, and the address becomes its own', async ({ page }) => {
  await page.goto(`./?view=drill&d=${OFFICE}&node=201`);
  await expect(page).toHaveURL(new RegExp(`/d/${OFFICE}/201/$`));
  await expect(row(page, '20103 政府办公厅（室）及相关机构事务')).toContainText('509.67');
});

test('the skip link stays on the page it is on', async ({ page }) => {
  await page.goto(PAGE);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/d/${OFFICE}/201/#main$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('大连市西岗区人民政府办公室');
});

test('a baked embed shows its chart and table with no app; made with older data, it says so', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`./e/${OFFICE}/201/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('201 一般公共服务支出');
  await page.getByText('数据表').click();
  await expect(page.getByRole('row', { name: /20103/ })).toContainText('509.67');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('/data/'))).toEqual([]);
  await expect(page.getByRole('link', { name: '查看完整数据' })).toHaveAttribute('href', `d/${OFFICE}/201/`);

  await page.goto(`./e/${OFFICE}/201/?v=0000000000`);
  await expect(page.getByRole('status')).toContainText('此图表制作后数据已更新');
  await page.getByText('数据表').click();
  await expect(page.getByRole('row', { name: /20103/ })).toContainText('509.67');
});

test('an old embed link goes to its baked embed made with the same data; with other data it is drawn where it is', async ({
  page,
}) => {
  const { version } = JSON.parse(readFileSync(`public/data/disclosures/${OFFICE}.json`, 'utf8')) as {
    version: string;
  };
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`./embed.html?view=drill&d=${OFFICE}&node=201&v=${version}`);
  await expect(page).toHaveURL(new RegExp(`/e/${OFFICE}/201/\\?v=${version}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('201 一般公共服务支出');
  await page.getByText('数据表').click();
  await expect(page.getByRole('row', { name: /20103/ })).toContainText('509.67');
  await page.waitForLoadState('networkidle');
  // No app drew it: no data file was fetched.
  expect(requests.filter((url) => url.includes('/data/'))).toEqual([]);

  await page.goto(`./embed.html?view=drill&d=${OFFICE}&node=201&v=0000000000`);
  await expect(page.getByRole('status')).toContainText('此图表制作后数据已更新');
  await expect(page).toHaveURL(/embed\.html\?/);
});

test.describe('served from a sub-path by a plain static server', () => {
  let server: Server;
  let base = '';

  test.beforeAll(async () => {
    // dist/ under /explorer/: a folder's index.html for a folder, the file for a file, else 404.
    server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (!path.startsWith('/explorer/')) {
        response.writeHead(404).end();
        return;
      }
      let file = join('dist', normalize(path.slice('/explorer/'.length)));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file.startsWith('dist') || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/explorer/`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('a baked page, its links, a reload and an old link all stay under the sub-path', async ({ page }) => {
    await page.goto(`${base}d/${OFFICE}/201/`);
    await page
      .getByRole('table')
      .getByRole('link', { name: /20103 政府办公厅/ })
      .click();
    await expect(row(page, '2010301 行政运行')).toContainText('479.27');
    await expect(page).toHaveURL(`${base}d/${OFFICE}/201/?node=20103`);
    await page.reload();
    await expect(row(page, '2010301 行政运行')).toContainText('479.27');
    await page.goto(`${base}?view=drill&d=${OFFICE}&node=201`);
    await expect(page).toHaveURL(`${base}d/${OFFICE}/201/`);
    await expect(row(page, '20103 政府办公厅（室）及相关机构事务')).toContainText('509.67');
  });
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

test('a 款 whose app cannot be loaded shows its 类 as baked, rather than a page half hidden', async ({
  page,
  consoleErrors,
}) => {
  // The boot script loads; the app's own code (the other main-*.js) answers 503.
  const html = await (await page.request.get('./')).text();
  const boot = /src="\.\/assets\/(main-[^"]+\.js)"/.exec(html)?.[1] ?? '';
  expect(boot).not.toBe('');
  await page.route('**/assets/main-*.js', (route) =>
    route.request().url().endsWith(boot) ? route.continue() : route.fulfill({ status: 503 }),
  );
  await page.goto(`./d/${OFFICE}/201/?node=20103`);
  // 附表4/7: 20103 is a row of the 类 201, 509.67 万元.
  await expect(row(page, '20103 政府办公厅（室）及相关机构事务')).toContainText('509.67');
  await expect(row(page, '20103 政府办公厅（室）及相关机构事务')).toBeVisible();
  expect(consoleErrors.length).toBeGreaterThan(0);
  expect(consoleErrors.every((text) => /503|dynamically imported module|main-/.test(text))).toBe(true);
  consoleErrors.length = 0;
});

test('a baked page whose data cannot be loaded says so once the reader acts', async ({
  page,
  consoleErrors,
}) => {
  await page.route(`**/data/disclosures/${OFFICE}.json`, (route) => route.fulfill({ status: 503 }));
  await page.goto(PAGE);
  await page.mouse.move(20, 20);
  await expect(page.getByRole('alert').first()).toContainText('503');
  // The failed request is the only console error (the fixture fails on any other).
  expect(consoleErrors.every((text) => text.includes('503'))).toBe(true);
  consoleErrors.length = 0;
});
