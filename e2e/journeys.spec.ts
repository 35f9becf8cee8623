import {
  citedLine,
  DISCLOSURE_COUNT,
  drillInto,
  expect,
  expectAccessible,
  HAIGANG,
  HUANGPI,
  OFFICE,
  openDepartment,
  row,
  snapshot,
  test,
} from './fixtures';

test('a citizen sees every disclosure with its total and whether its checks pass', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: '部门预算公开浏览器', level: 1 })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: '支出合计' })).toHaveCount(DISCLOSURE_COUNT);
  // 附表1 本年支出合计 7,198,527.41 元 = 719.85 万元.
  await expect(page.getByRole('listitem').filter({ hasText: '大连市西岗区人民政府办公室' })).toContainText(
    '719.85',
  );
  // Its ten failed sums miss by 0.01 万元 only (尾差): counted apart from contradictions. (282
  // hold: 280 sums, and the two changes its narrative states agree with their percentages —
  // 1201.5 万元，比 2024 年预算减少 556.01 万元，降低 31.6%.)
  await expect(page.getByRole('listitem').filter({ hasText: '武汉市硚口区大数据中心' })).toContainText(
    '282 项全部一致，10 项只差尾差',
  );
  await expectAccessible(page);
  await snapshot(page, testInfo, 'overview');
});

test('a citizen searches the overview for 武汉 and the headline adds up what is found', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('searchbox').fill('武汉');
  await expect(page.getByText(`找到 2 份（共 ${DISCLOSURE_COUNT} 份）`)).toBeVisible();
  await expect(page).toHaveURL(/q=%E6%AD%A6%E6%B1%89/);
  // 黄陂 收支总表 1,261.69 万元 + 硚口 收支总表 1,201.50 万元.
  // The headline: how many budgets are found, and their total (a figure, named 所选合计).
  await expect(page.getByText('2 份预算', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^所选合计 / })).toContainText('2,463.19');
});

test('drill 201 → 20103 → 2010301 in 大连市西岗区人民政府办公室 and read the figures against the document', async ({
  page,
}, testInfo) => {
  await openDepartment(page, '大连市西岗区人民政府办公室');
  await expect(row(page, '201 一般公共服务支出')).toContainText('509.67');
  await drillInto(page, '201 一般公共服务支出');
  await drillInto(page, '20103 政府办公厅（室）及相关机构事务');
  // 附表4/附表7: 2010301 行政运行 4,792,654.93 元 = 479.27 万元, all basic; 2010302 304,000.00 元 project.
  await expect(row(page, '2010301 行政运行')).toContainText('479.27');
  await expect(row(page, '2010302 一般行政管理事务')).toContainText('30.40');
  await expect(page).toHaveURL(/node=20103/);
  await expectAccessible(page);
  await snapshot(page, testInfo, 'drill');

  await page.getByLabel('金额单位').selectOption('yuan');
  await expect(row(page, '2010301 行政运行')).toContainText('4,792,654.93');

  // Switching the unit replaces the history entry; Back returns to the level above.
  await page.goBack();
  await expect(page).toHaveURL(/\/201\/$/);
  await expect(row(page, '20103 政府办公厅')).toContainText('509.67');
  await page.goForward();
  await expect(page).toHaveURL(/node=20103.*unit=yuan/);
  await expect(row(page, '2010301 行政运行')).toContainText('4,792,654.93');
});

test('the drill-down works from the keyboard, on the chart’s bars and the table’s rows', async ({ page }) => {
  await page.goto(`./?view=drill&d=${OFFICE}`);
  const links = page.getByRole('link', { name: '查看 201 一般公共服务支出 的下级科目' });
  await expect(links).toHaveCount(2); // the bar and the table row
  await links.first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/201\/$/);
  await expect(row(page, '20103 政府办公厅')).toBeVisible();
  await page
    .getByRole('table')
    .getByRole('link', { name: /查看 20103 政府办公厅/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/node=20103/);
});

test('a journalist compares the three 黄陂区 sub-units', async ({ page }, testInfo) => {
  await page.goto(`./?view=compare`);
  await page.getByRole('searchbox').fill('黄陂');
  for (const unit of [
    '武汉市黄陂区大数据中心本级',
    '武汉市黄陂区网络运维服务中心',
    '武汉市黄陂区数据资源服务中心',
  ]) {
    await page.getByRole('checkbox', { name: new RegExp(unit) }).check();
  }
  const table = page.getByRole('table').first();
  // 表5-2: 878.12, 170.84, 212.73 万元; 项目支出 703.00, 10.00, 10.00.
  await expect(row(page, '支出合计')).toContainText('878.12');
  await expect(row(page, '支出合计')).toContainText('170.84');
  await expect(row(page, '支出合计')).toContainText('212.73');
  await expect(table.getByRole('row').filter({ hasText: '项目支出' })).toContainText('703.00');
  await expect(page.getByRole('heading', { name: /多支出 707\.28/ })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`d=${HUANGPI}%3A032001`));
  await expectAccessible(page);
  await snapshot(page, testInfo, 'compare');
});

test('a figure shows where it was printed and opens the original text at that line', async ({
  page,
}, testInfo) => {
  await page.goto(`./?view=drill&d=${OFFICE}&node=20103`);
  await row(page, '2010301 行政运行')
    .getByRole('button', { name: /行政运行 合计/ })
    .click();
  const panel = page.getByRole('dialog');
  await expect(panel).toContainText('表4 支出功能分类预算表，第 400 行');
  await panel.getByRole('link', { name: '打开原文' }).click();
  await expect(page).toHaveURL(new RegExp(`/d/${OFFICE}/source/\\?line=400`));
  const line = citedLine(page, `${OFFICE}.txt`);
  // Line 400: its number is drawn by the stylesheet, the line is its anchor.
  await expect(line).toHaveAttribute('id', 'L400');
  await expect(line).toContainText('2010301-行政运行');
  await expect(line).toBeInViewport();
  await expectAccessible(page);
  await snapshot(page, testInfo, 'source');
});

test('the data-quality view of 秦皇岛市海港区发展服务中心 lists the failed checks first', async ({
  page,
}, testInfo) => {
  await page.goto(`./?view=quality&d=${HAIGANG}`);
  await expect(
    page.getByText('共检查 261 项会计关系：2 项不一致，0 项只差四舍五入的尾差，259 项一致。'),
  ).toBeVisible();
  // The first check the view lists.
  const first = page
    .getByRole('region', { name: /^数据质量/ })
    .getByRole('listitem')
    .first();
  await expect(first).toContainText('不一致');
  await expect(first).toContainText('30217');
  await expect(first).toContainText('0.05');
  await first.getByRole('link', { name: /第 1302 行/ }).click();
  await expect(citedLine(page, `${HAIGANG}.txt`)).toContainText('0.05');
  await page.goBack();
  await expectAccessible(page);
  await snapshot(page, testInfo, 'quality');
});

test('a reader switches to English', async ({ page }) => {
  await page.goto(`./?view=drill&d=${OFFICE}`);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toContainText('Where it goes');
  await expect(row(page, '201 General public services')).toContainText('509.67');
  await expect(page).toHaveURL(/lang=en/);
  // The document element has no role: located by its tag.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a deep link survives a reload', async ({ page }) => {
  await page.goto(`./?view=drill&d=${OFFICE}&node=20103&unit=yuan`);
  await expect(row(page, '2010301 行政运行')).toContainText('4,792,654.93');
  await page.reload();
  await expect(row(page, '2010301 行政运行')).toContainText('4,792,654.93');
  await expect(page.getByRole('navigation', { name: '科目路径' })).toContainText('20103');
});

test('a malformed URL gives a working page with a notice', async ({ page }) => {
  await page.goto(`./?view=chart&unit=dollars&node=99x&d=nope,${OFFICE}&foo=%3Cb%3Ex%3C%2Fb%3E`);
  const notices = page.getByRole('status').first();
  await expect(notices).toContainText('view=chart');
  await expect(notices).toContainText('unit=dollars');
  await expect(notices).toContainText('foo');
  await expect(notices).toContainText('nope');
  await expect(page.getByRole('heading', { name: '部门预算公开浏览器', level: 1 })).toBeVisible();
  // The <b> of the URL was not made an element anywhere in the page (no role names a <b>).
  await expect(page.locator('b')).toHaveCount(0);
});
