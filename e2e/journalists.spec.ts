// What a journalist does before publishing: click into any figure down to the projects behind
// it, open a unit's own figures from a shared link, and export every chart in a publishable size.
// Expected figures are the documents' own (public/data/sources/<file>.txt).

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  DATA_CENTER,
  expect,
  expectAccessible,
  HUANGPI,
  OFFICE,
  pngSize,
  QIAOKOU,
  row,
  snapshot,
  test,
} from './fixtures';

test('a bar, a name in the chart and a table row each go one level deeper', async ({ page }) => {
  await page.goto(`./?view=drill&d=${DATA_CENTER}`);
  const chart = page.getByRole('group', { name: /全部支出的下级科目/ });
  // The bar of 229 其他支出 (966.15 万元, 表3 line 422).
  await chart.getByRole('link', { name: '查看 229 其他支出 的下级科目' }).locator('rect').nth(1).click();
  await expect(page).toHaveURL(/\/229\/$/); // a 类 has a page of its own: d/<id>/229/
  // Its name, drawn beside the bar.
  await page
    .getByRole('group', { name: /229 其他支出的下级科目/ })
    .getByText('其他支出')
    .last() // the drawn name, not its <title> tooltip
    .click();
  await expect(page).toHaveURL(/node=22999(&|$)/);
  // A table row, clicked on its amount cell rather than its link.
  await row(page, '2299999 其他支出').getByRole('cell').nth(4).click(); // its share
  await expect(page).toHaveURL(/node=2299999(&|$)/);
});

test('below 2299999 其他支出 are the projects it pays for, and how they were linked', async ({
  page,
}, testInfo) => {
  await page.goto(`./?view=drill&d=${DATA_CENTER}&node=22999`);
  await page
    .getByRole('table')
    .getByRole('link', { name: /2299999 其他支出/ })
    .click();
  await expect(page.getByRole('heading', { name: '这一科目下的项目' })).toBeVisible();
  // 表12 项目支出表 line 647: “平安社区”（含高清卡口）视频监控系统（含监理费用） 4,800,228.00 元.
  await expect(row(page, '平安社区')).toContainText('480.02');
  // The ten 财政专户管理资金 projects add up to 2299999's 9,661,475.75 元 (表3 line 424).
  await expect(page.getByText(/“财政专户管理资金”的 10 个项目合计 9,661,475\.75 元/)).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(11);
  // 融媒体中心技术建设项目: 附表12 500,000.00 元, but the narrative (line 184) says 10 万元.
  await expect(row(page, '大连市西岗区融媒体中心技术建设项目')).toContainText(
    '与原文另一处不一致：情况说明 · 大连市西岗区融媒体中心技术建设项目 为 10.00 万元',
  );
  await expectAccessible(page);
  await snapshot(page, testInfo, 'item-projects');
  // Its page: amount, funding source, the item it pays for, and where its targets are printed.
  await page.getByRole('link', { name: /平安社区/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('“平安社区”（含高清卡口）视频监控系统');
  await expect(page.getByRole('button', { name: /平安社区.* 480\.02/ })).toBeVisible();
  await expect(page.getByText('财政专户管理资金', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: '2299999 其他支出' })).toBeVisible();
  // 项目支出绩效表 line 708: 21020325T000000453501 and its targets.
  await page.getByRole('link', { name: '项目支出绩效表，第 708 行' }).click();
  await expect(
    page.getByRole('listitem').filter({ hasText: '21020325T000000453501' }).first(),
  ).toHaveAttribute('aria-current', 'true');
});

test('a shared link to a sub-unit shows that unit, not its department', async ({ page }, testInfo) => {
  await page.goto(`./?view=drill&d=${HUANGPI}:032002`);
  // 表5-2 line 211: 武汉市黄陂区网络运维服务中心 170.84 · 基本 160.84 · 项目 10.00 万元.
  await expect(page.getByRole('button', { name: /武汉市黄陂区网络运维服务中心 170\.84/ })).toBeVisible();
  await expect(page.getByText('1,261.69')).toHaveCount(0);
  await expect(page.getByText(/这份公开只按单位列出总额/)).toBeVisible();
  await page.getByRole('link', { name: '查看整个部门' }).click();
  await expect(page.getByRole('button', { name: /全部支出 1,261\.69/ })).toBeVisible();
  await snapshot(page, testInfo, 'unit');
});

async function pngOf(page: Page, button: string): Promise<{ width: number; height: number }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).first().click();
  return pngSize(readFileSync(await (await download).path()));
}

test('every chart exports a 16:9 and a square PNG at twice the pixels', async ({ page }) => {
  const charts = [
    { url: `./?view=drill&d=${OFFICE}&node=201`, treemap: false },
    { url: `./?view=drill&d=${OFFICE}&node=201`, treemap: true },
    { url: `./?view=split&d=${OFFICE}`, treemap: false },
  ];
  for (const chart of charts) {
    await page.goto(chart.url);
    if (chart.treemap) {
      await page.getByRole('radio', { name: '矩形树图' }).check();
      await expect(page.locator('.treemap svg')).toBeVisible();
    }
    expect(await pngOf(page, '下载 PNG（16:9）')).toEqual({ width: 2400, height: 1350 });
    expect(await pngOf(page, '下载 PNG（方形）')).toEqual({ width: 2160, height: 2160 });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('compare two units: the second one’s total and the gap are on screen, no sideways scroll', async ({
    page,
  }, testInfo) => {
    await page.goto(`./?view=compare&d=${HUANGPI}:032001,${HUANGPI}:032002`);
    // 表5-2 lines 210–211: 878.12 and 170.84 万元; 项目支出 703.00 and 10.00.
    const second = page.getByRole('button', { name: /武汉市黄陂区网络运维服务中心 支出合计 170\.84/ });
    await second.scrollIntoViewIfNeeded();
    // Wholly inside the 375 px screen: not cut off at the right, as a wide table would be.
    await expect(second).toBeInViewport({ ratio: 1 });
    const difference = page.getByRole('cell', { name: /差额 693\.00/ });
    await difference.scrollIntoViewIfNeeded();
    await expect(difference).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(page);
    await snapshot(page, testInfo, 'compare-phone');
  });
});

test('units listed without classes: the compare and its embed say so instead of an empty chart', async ({
  page,
}) => {
  // 表5-2 gives each unit of 黄陂 its totals only; the functional tables are the department's.
  const units = `${HUANGPI}:032001,${HUANGPI}:032002`;
  await page.goto(`./?view=compare&d=${units}`);
  await expect(page.getByText('所选的部门和单位都没有按功能分类（类）列出支出')).toBeVisible();
  await expect(page.getByRole('img', { name: '各类支出占本部门支出合计的比例' })).toHaveCount(0);
  await page.goto(`./embed.html?view=compare&d=${units}`);
  await expect(page.getByText('所选的部门和单位都没有按功能分类（类）列出支出')).toBeVisible();
  await expect(page.locator('svg')).toHaveCount(0);
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('quality: rounding tails are grouped apart; a contradiction is headed by its two values', async ({
  page,
}, testInfo) => {
  // 武汉市硚口区大数据中心: its sums miss by 0.01 万元 only, as its note on 尾差 warns.
  await page.goto(`./?view=quality&d=${QIAOKOU}`);
  await expect(page.getByText(/0 项不一致，10 项只差四舍五入的尾差/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /^不一致/ })).toHaveCount(0);
  const tails = page.getByRole('group').filter({ hasText: '四舍五入的尾差（10 项）' });
  await expect(tails.getByRole('listitem').first()).toBeHidden(); // collapsed
  await page.getByText('四舍五入的尾差（10 项）').click();
  await expect(tails.getByText(/1,201\.50 ≠ 1,201\.51 万元/).first()).toBeVisible();

  // 大连市西岗区大数据中心: the narrative's 对个人和家庭的补助支出 2.05 万元 (line 147) against
  // the table's 0.05 (表8 line 594) — a real contradiction, listed first and titled as one.
  await page.goto(`./?view=quality&d=${DATA_CENTER}`);
  await expect(page.getByRole('heading', { name: /^不一致（\d+ 项）/ })).toBeVisible();
  await expect(page.getByText(/对个人和家庭的补助支出 与 .* 不一致：2\.05 ≠ 0\.05 万元/)).toBeVisible();
  const found = page.getByRole('list').filter({ hasText: '2.05 ≠ 0.05' });
  await expect(found.getByText(/^= /)).toHaveCount(0);
  await expectAccessible(page);
  await snapshot(page, testInfo, 'quality-contradiction');
});

test('a figure’s provenance opens beside it, shows the printed line and a citation to copy', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./?view=drill&d=${OFFICE}&node=20103&unit=yuan`);
  const figure = row(page, '2010301 行政运行').getByRole('button', { name: /行政运行 合计/ });
  await figure.click();
  const dialog = page.getByRole('dialog');
  // 表4 支出功能分类预算表 line 400: 2010301-行政运行 4,792,654.93 (元).
  await expect(dialog).toContainText('表4 支出功能分类预算表，第 400 行');
  await expect(dialog.getByText(/2010301-行政运行 │ 4,792,654\.93/)).toBeVisible();
  // Beside the figure: just below it, or just above it when it is low on the screen; in view.
  const [a, b] = [await figure.boundingBox(), await dialog.boundingBox()];
  if (!a || !b) throw new Error('no box');
  const gap = Math.min(Math.abs(b.y - (a.y + a.height)), Math.abs(b.y + b.height - a.y));
  expect(gap).toBeLessThan(16);
  await expect(dialog.getByRole('button', { name: '关闭' })).toBeInViewport();
  // The original text opens at that line with the figure itself marked.
  const source = dialog.getByRole('link', { name: '打开原文' });
  await expect(source).toHaveAttribute('href', /cite=4%2C792%2C654\.93/);
  await dialog.getByRole('button', { name: '复制引用' }).click();
  await expect(dialog.getByRole('button', { name: '已复制' })).toBeVisible();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain('大连市西岗区人民政府办公室');
  expect(citation).toContain('表4 支出功能分类预算表，第 400 行，行政运行 合计：4,792,654.93 元');
  expect(citation).toContain('node=20103');
  await source.click();
  // <mark> has no role Playwright's getByRole knows; the tag is what marks it.
  await expect(page.locator('mark')).toHaveText('4,792,654.93');
});

test('the source view keeps each cell whole on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`./?view=source&d=${OFFICE}&line=400`);
  // The cited line (表4 line 400), marked as the current one.
  const cited = page.getByRole('listitem').filter({ hasText: '2010301-行政运行' }).first();
  await expect(cited).toHaveAttribute('aria-current', 'true');
  // Each printing of the amount lies on one line: one box per occurrence, never split mid-digit.
  const boxes = await cited.evaluate((item) => {
    // The line's text (after its number).
    const text = [...item.childNodes].at(-1)?.firstChild;
    const content = text?.textContent ?? '';
    const counts: number[] = [];
    for (let at = content.indexOf('4,792,654.93'); at >= 0; at = content.indexOf('4,792,654.93', at + 1)) {
      const range = document.createRange();
      range.setStart(text as Text, at);
      range.setEnd(text as Text, at + '4,792,654.93'.length);
      counts.push(range.getClientRects().length);
    }
    return counts;
  });
  expect(boxes.length).toBeGreaterThan(0);
  expect(boxes.every((count) => count === 1)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the page title and link preview name the department and the view; the share menu copies the link', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./?view=drill&d=${DATA_CENTER}&node=229`);
  await expect(page).toHaveTitle(
    '支出去向 · 大连市西岗区大数据中心 2025 · 229 其他支出 · 部门预算公开浏览器',
  );
  // 表3 line 422: 229 其他支出 9,661,475.75 元 = 966.15 万元.
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
    'content',
    '229 其他支出：966.15 万元（大连市西岗区大数据中心 2025）',
  );
  await page.getByText('分享', { exact: true }).click();
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByRole('button', { name: '已复制' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  // A tab opened with no department in its URL shares the one it shows.
  await page.goto('./?view=split');
  await expect(page.getByText(/未选择部门，先显示“.+”/)).toBeVisible();
  await page.getByText('分享', { exact: true }).click();
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByRole('button', { name: '已复制' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/d\/[\w.-]+\/split\/$/);
});

test('compare draws each class as a share of each department’s total, and exports it', async ({ page }) => {
  await page.goto(`./?view=compare&d=${DATA_CENTER},${OFFICE}`);
  const chart = page.getByRole('img', { name: '各类支出占本部门支出合计的比例' });
  await expect(chart).toBeVisible();
  // 201: 5,096,654.93 of the office's 7,198,527.41 元; 229: 9,661,475.75 of 13,783,906.47 元.
  await expect(chart).toContainText('70.8%');
  await expect(chart).toContainText('70.1%');
  expect(await pngOf(page, '下载 PNG（16:9）')).toEqual({ width: 2400, height: 1350 });
  // …and embeds: the embed page draws the same chart.
  await page.getByRole('button', { name: '嵌入' }).click();
  const preview = page.getByRole('link', { name: '预览嵌入效果' });
  await page.goto((await preview.getAttribute('href')) ?? '');
  await expect(page.getByRole('img', { name: '各类支出占本部门支出合计的比例' })).toContainText('70.8%');
});
