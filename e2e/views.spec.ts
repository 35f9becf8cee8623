import { expect, expectAccessible, OFFICE, PROJECT_COUNT, QIAOKOU, row, snapshot, test } from './fixtures';

test('basic vs project: the sub-items split, personnel vs public use, and the economic classification', async ({
  page,
}, testInfo) => {
  await page.goto(`./?view=split&d=${QIAOKOU}&node=201`);
  // 表5-1: 20141 数据事务 basic 275.25, project 813.67; 表6: 30299 1.44 / 16.43.
  await expect(row(page, '20141 数据事务')).toContainText('275.25');
  await expect(row(page, '20141 数据事务')).toContainText('813.67');
  await expect(row(page, '30299 其他商品和服务支出')).toContainText('16.43');
  await expectAccessible(page);
  await snapshot(page, testInfo, 'split');
});

test('projects: search across disclosures', async ({ page }, testInfo) => {
  await page.goto('./?view=projects');
  await expect(page.getByText(new RegExp(`共 ${PROJECT_COUNT} 个项目`))).toBeVisible();
  await page.getByRole('searchbox').fill('城市视频');
  await expect(page.getByText(/共 1 个项目，合计 800.00 万元/)).toBeVisible();
  await expect(page).toHaveURL(/q=/);
  await expectAccessible(page);
  await snapshot(page, testInfo, 'projects');
});

test('department: identity, income, 三公 from table and narrative, staffing, duties', async ({
  page,
}, testInfo) => {
  await page.goto(`./?view=department&d=${QIAOKOU}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('武汉市硚口区大数据中心');
  await expect(page.getByText('135 武汉市硚口区经济信息化和科技创新局')).toBeVisible();
  await expect(row(page, '公务接待费')).toContainText('0.81');
  await expect(page.getByRole('link', { name: '16' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '主要职责' })).toBeVisible();
  await expectAccessible(page);
  await snapshot(page, testInfo, 'department');
});

test('every tab opened from the home page shows a department, and says which', async ({ page }) => {
  await page.goto('./');
  for (const name of ['支出去向', '基本与项目', '部门', '数据质量']) {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/未选择部门，先显示“.+”/)).toBeVisible();
    await expect(page.getByText('请先在总览中选择')).toHaveCount(0);
  }
  // Figures, not an empty page: the drill-down of the first disclosure has its total.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '支出去向' }).click();
  await expect(page.getByRole('button', { name: /全部支出 [\d,.]+ · / })).toBeVisible();
  // Its embed names the department shown, though the URL names none.
  await page.getByRole('button', { name: '嵌入' }).click();
  await expect(page.getByRole('textbox', { name: /^复制这段代码/ })).toHaveValue(
    /\/e\/[\w.-]+\/\?v=[0-9a-f]+/,
  );
  // Once a department is chosen, the other tabs show that one.
  await page.goto(`./?view=drill&d=${OFFICE}`);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '基本与项目' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('大连市西岗区人民政府办公室');
  await page.goto(`./?view=drill&d=${OFFICE}&node=2299999`);
  await expect(page.getByText('所选预算中没有科目 2299999')).toBeVisible();
});
