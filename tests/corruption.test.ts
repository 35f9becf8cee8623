// Changing one printed figure in a seed must make the validation report flag a failed check.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertDisclosure } from '../scripts/convert';
import { SOURCES } from './golden/helpers';

function corrupt(file: string, line: number, from: string, to: string): string[] {
  const lines = readFileSync(join(SOURCES, file), 'utf8').split('\n');
  expect(lines[line - 1]).toContain(from);
  lines[line - 1] = lines[line - 1].replace(from, to);
  const result = convertDisclosure(file, new TextEncoder().encode(lines.join('\n')));
  if (!result.ok) throw new Error('did not convert');
  return result.disclosure.checks.filter((c) => !c.passed).map((c) => c.id);
}

const baseline = (file: string): string[] => {
  const result = convertDisclosure(file, readFileSync(join(SOURCES, file)));
  if (!result.ok) throw new Error('did not convert');
  return result.disclosure.checks.filter((c) => !c.passed).map((c) => c.id);
};

describe('a corrupted figure is flagged', () => {
  it.each([
    // [seed, line, printed, corrupted]
    ['2025-dalian-xigang-103-government-office.txt', 505, '4,792,654.93', '4,792,654.98'], // 附表7 行政运行
    ['2025-dalian-xigang-146-big-data-center.txt', 591, '33, 000. 00', '38, 000. 00'], // 附表8 30231
    ['2024-wuhan-huangpi-032-big-data-center.txt', 210, '878.12', '878.13'], // 表5-2 032001 合计
    ['2025-qinhuangdao-haigang-980-development-service-center.txt', 1239, '10.07', '10.17'], // 基本支出表 30102
    ['2025-wuhan-qiaokou-135002-big-data-center.txt', 599, '15.93', '15.98'], // 表6 30102
    ['2025-wuhan-qiaokou-135002-big-data-center.txt', 832, '800.00', '860.00'], // 表10 城市视频经费
  ])('%s line %i: %s → %s', (file, line, from, to) => {
    const before = new Set(baseline(file));
    const after = corrupt(file, line, from, to);
    expect(after.filter((id) => !before.has(id)).length).toBeGreaterThan(0);
  });
});
