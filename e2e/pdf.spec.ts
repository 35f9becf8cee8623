// Real disclosures converted from PDFs (the vendored corpus): narrowing the overview to one
// region, drilling into a department's spending, and following a figure to its PDF page.
// Expected figures are typed from 北京市统计局 2026年部门预算 (beijing_tjj_2026.pdf).

import { BEIJING_TJJ, citedLine, drillInto, expect, expectAccessible, row, snapshot, test } from './fixtures';

test('a reader narrows the overview to 北京市 2026 and opens 北京市统计局', async ({ page }, testInfo) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: '地区' }).selectOption('北京市');
  await expect(page).toHaveURL(/region=/);
  // The corpus holds five 北京 departments' 2026 budgets (MANIFEST.tsv).
  await expect(page.getByRole('listitem').filter({ hasText: '支出合计' })).toHaveCount(5);
  await page.getByRole('combobox', { name: '年度' }).selectOption('2026');
  await expect(page.getByRole('listitem').filter({ hasText: '支出合计' })).toHaveCount(5);
  // 预算01表 p.1: 本年支出合计 50,927.950741 万元.
  await expect(page.getByRole('listitem').filter({ hasText: '北京市统计局' })).toContainText('50,927.95');
  await expectAccessible(page);
  await snapshot(page, testInfo, 'overview-beijing');

  await page.getByRole('link', { name: '北京市统计局', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('北京市统计局');
  // 预算01表: 一般公共服务支出 40,262.925697; 预算03表 2010501 行政运行 19,020.959019.
  await expect(row(page, '201 一般公共服务支出')).toContainText('40,262.93');
  await drillInto(page, '201 一般公共服务支出');
  // No table prints the 款 20105 row (预算03表 lists 项 only): it is their sum, its name not printed.
  await drillInto(page, '20105 （原文未印名称）');
  await expect(row(page, '2010501 行政运行')).toContainText('19,020.96');
  await expectAccessible(page);
  await snapshot(page, testInfo, 'drill-pdf');
});

test('a figure from a PDF names its page and opens the PDF there', async ({ page }) => {
  // 预算03表 支出总表 prints 2101101 行政单位医疗 556.415664 on one line.
  await page.goto(`./?view=drill&d=${BEIJING_TJJ}&node=21011`);
  await expect(row(page, '2101101 行政单位医疗')).toContainText('556.42');
  await row(page, '2101101 行政单位医疗')
    .getByRole('button', { name: /行政单位医疗 合计/ })
    .click();
  const panel = page.getByRole('dialog');
  await expect(panel).toContainText('预算表03');
  const pdfLink = panel.getByRole('link', { name: /beijing_tjj_2026\.pdf 第 \d+ 页/ });
  await expect(pdfLink).toHaveAttribute('href', /data\/sources\/beijing_tjj_2026\.pdf#page=\d+$/);
  // The PDF itself is served beside the data.
  const href = await pdfLink.getAttribute('href');
  const response = await page.request.get(href!.replace(/#.*/, ''));
  expect(response.ok()).toBe(true);
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');

  await panel.getByRole('link', { name: '打开原文' }).click();
  await expect(page).toHaveURL(new RegExp(`/d/${BEIJING_TJJ}/source/\\?line=\\d+`));
  await expect(citedLine(page, `${BEIJING_TJJ}.pdf`)).toContainText('2101101');
  await expect(page.getByRole('link', { name: /beijing_tjj_2026\.pdf 第 \d+ 页/ }).first()).toBeVisible();
});
