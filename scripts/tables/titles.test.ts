import { describe, expect, it } from 'vitest';
import { matchTableNumber, matchTableTitle } from './titles';

describe('matchTableTitle', () => {
  it.each([
    ['收支预算总表', 'summary', null],
    ['表 1.部门收支总表', 'summary', '1'],
    ['部门预算收支总表', 'summary', null],
    ['财政拨款预算总表', 'fiscal-summary', null],
    ['部门预算财政拨款收支总表', 'fiscal-summary', null],
    ['表 5-1.一般公共预算支出表（分功能科目）', 'gpb-functional', '5-1'],
    ['一般公共预算支出表(分单位)', 'gpb-units', null],
    ['部门预算一般公共预算财政拨款支出表', 'gpb-functional', null],
    ['部门预算一般公共预算财政拨款基本支出表', 'basic-economic', null],
    ['财政拨款“三公”经费支出预算表', 'san-gong', null],
    ['表 7.一般公共预算“三公”经费支出表', 'san-gong', '7'],
    ['支出功能分类预算表', 'functional', null],
    ['支出经济分类预算表', 'economic', null],
    ['表 10.项目支出情况表', 'projects', '10'],
    ['部门政府采购预算', 'procurement', null],
    ['表 12-1.项目支出绩效目标表', 'project-performance', '12-1'],
    ['3、数字网格化管理平台项目绩效目标表', 'project-performance', null],
    ['表 11.部门整体支出绩效目标表', 'overall-performance', '11'],
  ] as const)('%s → %s', (text, kind, number) => {
    expect(matchTableTitle(text)).toMatchObject({ kind, number });
  });

  it.each([
    '- 附表1：收支预算总表', // table of contents
    '- 九、一般公共预算“三公”经费支出预算表',
    '本单位为二级单位，无整体绩效目标表。', // a sentence
    '2025年西岗区本级部门预算表', // the title of the whole set
    '长期绩效目标表', // a sub-heading inside a performance form
    '（五）政府采购情况',
  ])('%s is not a table title', (text) => expect(matchTableTitle(text)).toBeNull());
});

describe('matchTableNumber', () => {
  it.each([
    ['附表7', '7'],
    ['表 1', '1'],
    ['附表-5-2', '5-2'],
    ['表 5-1', '5-1'],
  ])('%s → %s', (text, number) => expect(matchTableNumber(text)?.number).toBe(number));
});
