// Gaps the sums cannot see: a table whose title was changed, a file cut off before its project
// forms, a project whose performance form went missing. Each must be named, not passed over.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertDisclosure } from '../scripts/convert';
import { SOURCES } from './golden/helpers';

function warningsAfter(file: string, edit: (lines: string[]) => string[]): string[] {
  const lines = readFileSync(join(SOURCES, file), 'utf8').split('\n');
  const result = convertDisclosure(file, new TextEncoder().encode(edit(lines).join('\n')));
  if (!result.ok) throw new Error('did not convert');
  return result.disclosure.issues
    .filter((i) => i.severity === 'warning')
    .map((i) => `${i.code}@${i.line} ${i.table ?? ''}`);
}

describe('what is missing is named', () => {
  it('a standard table whose title no longer reads as one (硚口 收支总表 → 某收总表)', () => {
    const file = '2025-wuhan-qiaokou-135002-big-data-center.txt';
    expect(warningsAfter(file, (lines) => lines)).toEqual([]);
    const warnings = warningsAfter(file, (lines) => {
      expect(lines[65]).toBe('收支总表');
      return lines.map((line, i) => (i === 65 ? '某收总表' : line));
    });
    expect(warnings).toContain('missing-table@0 收支总表');
  });

  it('a file cut off before its performance forms, the only list of its projects (海港)', () => {
    const file = '2025-qinhuangdao-haigang-980-development-service-center.txt';
    const warnings = warningsAfter(file, (lines) => {
      expect(lines[1491]).toContain('绩效目标表');
      return lines.slice(0, 1484);
    });
    expect(warnings).toContain('missing-table@0 项目支出表');
  });

  it('a project whose performance form lost its line (西岗 大数据中心, 智慧城区 采购项目)', () => {
    const file = '2025-dalian-xigang-146-big-data-center.txt';
    const warnings = warningsAfter(file, (lines) => {
      expect(lines[765]).toContain('21020325T000000453533');
      return lines.filter((_, i) => i !== 765);
    });
    expect(warnings).toContain('identity-missing@653 表12 项目支出表');
  });

  it('rows of amounts left without a table when its title is changed (西岗 大数据中心 附表5)', () => {
    const file = '2025-dalian-xigang-146-big-data-center.txt';
    const warnings = warningsAfter(file, (lines) => {
      expect(lines[454]).toBe('支出经济分类预算表');
      return lines.map((line, i) => (i === 454 ? '附件 说明表' : line));
    });
    // 合 计 on line 463 down to 30399 on line 486 now belong to no table.
    expect(warnings).toContain('stray-rows@463 ');
  });
});
