import { expect, test } from '@playwright/test';

test('a citizen opening the site sees every converted disclosure with its total', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { name: '部门预算公开浏览器' })).toBeVisible();
  const rows = page.getByRole('row');
  await expect(rows).toHaveCount(6);
  // 大连市西岗区人民政府办公室: 本年支出合计 7,198,527.41 元 = 719.85 万元 (附表1).
  await expect(page.getByRole('row', { name: /大连市西岗区人民政府办公室/ })).toContainText('719.85');
  expect(errors).toEqual([]);
});
