// A department over the years, and change from last year where the documents give it. Expected
// figures are the documents' own: the Jiangsu 高院 disclosures of 2017–2019 (their 支出预算总表
// and narratives, typed in tests/golden/years/jiangsu_gaoyuan_series.golden.ts), and the seeds.

import { expect, expectAccessible, OFFICE, row, snapshot, test } from './fixtures';

const GAOYUAN = (year: number) => `jiangsu_gaoyuan_${year}`;

test('a department with three years shows its series, each point with its source', async ({
  page,
}, testInfo) => {
  await page.goto(`./?view=department&d=${GAOYUAN(2019)}`);
  const years = page.getByRole('region', { name: '历年' });
  await expect(years.getByRole('list', { name: '各年度的公开' }).getByRole('listitem')).toHaveText([
    '2017 年：江苏省高级人民法院',
    '2018 年：江苏省高级人民法院',
    '2019 年：江苏省高级人民法院',
  ]);
  const series = years.getByRole('table', { name: /历年支出/ });
  await expect(series.getByRole('columnheader')).toHaveText(['项目', '2016', '2017', '2018', '2019']);
  // 支出预算总表 of each year: 28,849.38 / 33,172.15 / 37,188.34 万元; 2016 is the 2017
  // narrative's 28849.38 less 增加 1808.29 (line 552), marked as worked out.
  const total = series.getByRole('row', { name: /^合计/ });
  await expect(total).toContainText('27,041.09');
  await expect(total).toContainText('28,849.38');
  await expect(total).toContainText('33,172.15');
  await expect(total).toContainText('37,188.34');
  await expect(total.getByTitle('按次年所述增减推算')).toHaveCount(1);
  await expect(series.getByRole('row', { name: /204 公共安全支出/ })).toContainText('27,488.23');
  // Each point opens its provenance: 2017's total in its own disclosure.
  await total.getByRole('button', { name: /合计 2017.*28,849.38/ }).click();
  await expect(page.getByRole('dialog')).toContainText('jiangsu_gaoyuan_2017.pdf');
  await page.keyboard.press('Escape');
  await expectAccessible(page);
  await snapshot(page, testInfo, 'years-department');
});

test('the 2018 page reports the one change its narrative misstates against 2017', async ({ page }) => {
  await page.goto(`./?view=department&d=${GAOYUAN(2018)}`);
  const years = page.getByRole('region', { name: '历年' });
  // 一般行政事务管理 6049.97 万元，减少 392.92 — the 2017 disclosure prints 6,432.89 (a drop of 382.92).
  await expect(years.getByText('6,049.97 ≠ 6,039.97 万元')).toBeVisible();
  // Last year's figure links to the line of the 2017 disclosure that prints it (2040502 6,432.89).
  const earlier = years.getByRole('link', {
    name: /2017年度江苏省高级人民法院部门财政拨款支出预算表 · 第 325 行/,
  });
  await expect(earlier).toHaveAttribute('href', /^d\/jiangsu_gaoyuan_2017\/source\/\?line=325#L325$/);
  // The biggest changes from 2017, by 类 or 款: 公共安全 +2,687.77 (23,513.11 → 26,200.88).
  await expect(years.getByRole('list').filter({ hasText: '204 公共安全支出' }).first()).toContainText(
    '+2,687.77',
  );
});

test('a drill-down shows each item’s change from the year before, and where last year’s figure is from', async ({
  page,
}) => {
  await page.goto(`./?view=drill&d=${GAOYUAN(2018)}&node=20405`);
  await expect(page.locator('.node-total')).toContainText('+2,687.77');
  await expect(page.locator('.node-total')).toContainText('2017 年 23,513.11');
  await expect(page.getByRole('columnheader', { name: /比 2017 年/ })).toBeVisible();
  // 2040502: 6,049.97 in 2018, 6,432.89 in the 2017 disclosure.
  await expect(row(page, '2040502 一般行政管理事务')).toContainText('−382.92');
  await expect(row(page, '2040502 一般行政管理事务')).toContainText('2017 年 6,432.89');
  await expect(page.getByText(/取自同一部门 2017 年的公开/)).toBeVisible();
});

test('a seed with no earlier disclosure shows the change its narrative states, said so', async ({ page }) => {
  await page.goto(`./?view=drill&d=${OFFICE}`);
  // 一般公共服务支出（类）509.67万元，比2024年预算增加13.37万元，增长2.7% (line 157): 2024 is 496.30.
  await expect(row(page, '201 一般公共服务支出')).toContainText('+13.37');
  await expect(row(page, '201 一般公共服务支出')).toContainText('2024 年 496.30');
  await expect(page.getByText(/按本公开情况说明所述的增减额推算/)).toBeVisible();
});

test('comparing two years says so, and compares by share on request', async ({ page }) => {
  await page.goto(`./?view=compare&d=${GAOYUAN(2018)},${GAOYUAN(2019)}`);
  await expect(page.getByText(/所比较的公开年度不同（2018、2019）/)).toBeVisible();
  const table = page.getByRole('table', { name: /对比/ });
  // 2019 changed from 2018 by 37,188.34 − 33,172.15 = +4,016.19.
  await expect(table.getByRole('row', { name: /比上年增减/ })).toContainText('+4,016.19');
  await page.getByRole('radio', { name: '表格按占总支出比例' }).check();
  // 公共安全 26,200.88 of 33,172.15 = 79.0 % in 2018, first in its cell.
  const security = table.getByRole('row', { name: /204 公共安全支出/ });
  await expect(security.getByRole('cell').first()).toHaveText(/^79\.0%/);
});

test('an embed’s table carries last year’s figure where the disclosure gives it', async ({ page }) => {
  await page.goto(`./embed.html?d=${OFFICE}`);
  await page.getByText('数据表').click();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: '比 2024 年' })).toBeVisible();
  // 509.67 万元，比2024年预算增加13.37万元 (seed line 157).
  await expect(table.getByRole('row', { name: /201 一般公共服务支出/ })).toContainText(
    '+13.37 +2.7% （2024 年 496.30）',
  );
  await expect(page.getByText(/按本公开情况说明所述的增减额推算/)).toBeVisible();
});
