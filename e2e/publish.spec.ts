import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, OFFICE, pngSize, row, test } from './fixtures';

/** The host page's port: any free one, since each Playwright worker starts its own server. */
let hostPort = 0;
let host: Server;
let hostPage = '';

test.beforeAll(async () => {
  // A news site on another origin that embeds a chart.
  host = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(hostPage);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostPort = (host.address() as AddressInfo).port;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

test('a journalist downloads the CSV of a drill-down view and finds the figures on screen', async ({
  page,
}) => {
  await page.goto(`./?view=drill&d=${OFFICE}&node=20103`);
  // The table starts in the chart's order (largest first); sorted by name it follows the codes.
  await expect(page.getByRole('columnheader', { name: /合计/ })).toHaveAttribute('aria-sort', 'descending');
  await page.getByRole('button', { name: /科目名称/ }).click();
  await expect(page).toHaveURL(/sort=code\.asc/);
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载表格 CSV' }).click();
  const download = await waiting;
  expect(download.suggestedFilename()).toBe(
    '大连市西岗区人民政府办公室_2025_20103_政府办公厅（室）及相关机构事务_表格.csv',
  );
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(text.slice(1).trim(), { newline: '\r\n' }).data;
  expect(rows[0]).toEqual([
    '科目编码',
    '科目名称',
    '合计（万元）',
    '基本支出（万元）',
    '项目支出（万元）',
    '占上级（%）',
  ]);
  // Exact amounts (4,792,654.93 元 and 304,000.00 元), in the order on screen.
  expect(rows.slice(1)).toEqual([
    ['2010301', '行政运行', '479.265493', '479.265493', '', '94.04'],
    ['2010302', '一般行政管理事务', '30.4', '', '30.4', '5.96'],
  ]);
  // The table's body rows (the header row holds column headers, not cells), each led by its code.
  const onScreen = page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
  await expect(onScreen).toHaveText([/^2010301\s/, /^2010302\s/]);
  const total = await row(page, '2010301 行政运行').getByRole('button').first().textContent();
  expect(Number(rows[1][2]).toFixed(2)).toBe(total);
});

test('a chart downloads as SVG and PNG with its title and source drawn in', async ({ page }) => {
  await page.goto(`./?view=drill&d=${OFFICE}&node=201`);
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 SVG' }).click();
  const svg = readFileSync(await (await svgDownload).path(), 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('大连市西岗区人民政府办公室 2025');
  expect(svg).toContain('201 一般公共服务支出');
  expect(svg).toContain('数据来源');
  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 PNG（16:9）' }).click();
  const png = readFileSync(await (await pngDownload).path());
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(pngSize(png)).toEqual({ width: 2400, height: 1350 });
});

test('an embedded chart renders on a news page, fits its height, and links back', async ({
  page,
  context,
}) => {
  await page.goto(`./?view=drill&d=${OFFICE}&node=20103`);
  await page.getByRole('button', { name: '嵌入' }).click();
  const snippet = await page.getByRole('textbox', { name: /^复制这段代码/ }).inputValue();
  expect(snippet).toContain('sandbox="allow-scripts allow-popups"');
  hostPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body><h1>Article</h1>${snippet}<p>After the chart.</p></body></html>`;

  await page.goto(`http://127.0.0.1:${hostPort}/`);
  // The snippet's iframe carries the chart's title.
  const iframe = page.getByTitle('20103 政府办公厅（室）及相关机构事务的下级科目');
  const chart = iframe.contentFrame();
  await expect(chart.getByRole('heading')).toContainText('20103 政府办公厅（室）及相关机构事务');
  await expect(
    chart.getByRole('group', { name: '20103 政府办公厅（室）及相关机构事务的下级科目' }),
  ).toBeVisible();
  // The resize script sets the iframe to the chart's own height.
  const initial = Number(/height:(\d+)px/.exec(snippet)?.[1]);
  await expect
    .poll(async () => iframe.evaluate((f: HTMLIFrameElement) => parseInt(f.style.height, 10)))
    .not.toBe(initial);
  const reported = await iframe.evaluate((f: HTMLIFrameElement) => parseInt(f.style.height, 10));
  const box = await iframe.boundingBox();
  expect(Math.abs((box?.height ?? 0) - reported)).toBeLessThanOrEqual(1);

  const popup = context.waitForEvent('page');
  await chart.getByRole('link', { name: '查看完整数据' }).click();
  const full = await popup;
  await full.waitForLoadState();
  expect(full.url()).toContain(`d/${OFFICE}/201/`); // the 类's page, the 款 in its query
  expect(full.url()).toContain('node=20103');
  await expect(full.getByRole('heading', { level: 1 })).toContainText('大连市西岗区人民政府办公室');
});

test('the host script ignores messages of any other shape or from other frames', async ({ page }) => {
  hostPage = `<!doctype html><html><body>
    <iframe data-budget-embed title="Chart" style="height:200px" srcdoc="<p>x</p>"></iframe>
    <script src="http://127.0.0.1:4173/embed-resize.js"></script></body></html>`;
  await page.goto(`http://127.0.0.1:${hostPort}/`);
  await page.waitForFunction('window.__budgetEmbedResize === true');
  const iframe = page.getByTitle('Chart');
  const height = () => iframe.evaluate((f: HTMLIFrameElement) => f.style.height);
  // A listener added after the host script's counts each message once the host script has had it.
  await page.evaluate(() => {
    const seen = window as unknown as { messagesSeen: number };
    seen.messagesSeen = 0;
    window.addEventListener('message', () => seen.messagesSeen++);
  });
  // From the page itself, not from the iframe;
  await page.evaluate(() => window.postMessage({ type: 'budget-explorer:height', height: 900 }, '*'));
  // and malformed ones from the iframe (posted in the iframe's own script, so that it is their source).
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  await frame.evaluate(() => {
    parent.postMessage({ type: 'budget-explorer:height', height: '900' }, '*');
    parent.postMessage({ type: 'budget-explorer:height', height: 900, extra: 1 }, '*');
  });
  // Not a wait for time: all three have reached the host script, and none changed the height.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { messagesSeen: number }).messagesSeen))
    .toBe(3);
  expect(await height()).toBe('200px');
  // The same iframe is heard when its message has the right shape: the three were ignored for theirs.
  await frame.evaluate(() => parent.postMessage({ type: 'budget-explorer:height', height: 300 }, '*'));
  await expect.poll(height).toBe('300px');
});

test('an embed made with older data says so and links to the current view', async ({ page }) => {
  await page.goto(`./embed.html?view=drill&d=${OFFICE}&node=201&v=0000000000&lang=en`);
  await expect(page.getByRole('status')).toContainText('The data has been updated since this chart was made');
  await expect(page.getByRole('link', { name: 'See the current data' })).toHaveAttribute(
    'href',
    new RegExp(`d/${OFFICE}/201/\\?lang=en$`),
  );
  await expect(page.getByRole('heading')).toContainText('General public services');
});

test('the overview offers the full downloads with their description', async ({ page, request }) => {
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'datapackage.json' })).toBeVisible();
  const dataPackage = await (await request.get('./data/csv/datapackage.json')).json();
  expect(dataPackage.resources.map((r: { name: string }) => r.name)).toEqual([
    'disclosures',
    'units',
    'functional',
    'economic',
    'economic_all',
    'projects',
    'stated_changes',
    'series',
  ]);
});
