import { describe, expect, it } from 'vitest';
import type { YearsInput } from '../../src/domain/years';
import { linkLineages } from './lineage';

const input = (
  id: string,
  year: number,
  name: string,
  code: string | null = null,
  region = '江苏省',
): YearsInput =>
  ({
    id,
    year,
    region,
    kind: '部门预算',
    department: { code, name },
  }) as YearsInput;

const linked = (inputs: YearsInput[]) =>
  linkLineages(inputs).map((l) => l.members.map((m) => [m.input.id, m.unsure !== null]));

describe('linkLineages', () => {
  it('links one name across years, surely, and never two disclosures of one year', () => {
    expect(
      linked([
        input('a17', 2017, '江苏省高级人民法院'),
        input('a18', 2018, '江苏省 高级人民法院'),
        input('a18b', 2018, '江苏省高级人民法院'),
      ]),
    ).toEqual([
      [
        ['a17', false],
        ['a18', false],
      ],
      [['a18b', false]],
    ]);
  });

  it('links a renaming, saying it is unsure', () => {
    const lineages = linkLineages([
      input('w', 2024, '武汉市黄陂区大数据中心'),
      input('w2', 2025, '武汉市黄陂区大数据发展中心'),
    ]);
    expect(lineages).toHaveLength(1);
    expect(lineages[0].members.map((m) => m.unsure)).toEqual([
      null,
      '名称相近：武汉市黄陂区大数据中心 / 武汉市黄陂区大数据发展中心',
    ]);
  });

  it('links the same code under another name, and nothing across regions or in the same year', () => {
    expect(linked([input('x', 2024, '某某局', '103'), input('y', 2025, '某某委员会', '103')])).toEqual([
      [
        ['x', false],
        ['y', true],
      ],
    ]);
    expect(
      linked([input('p', 2024, '市财政局', null, '西安市'), input('q', 2025, '市财政局', null, '苏州市')]),
    ).toHaveLength(2);
    expect(linked([input('p', 2025, '西安市财政局'), input('q', 2025, '西安市财政局机关')])).toHaveLength(2);
  });
});
