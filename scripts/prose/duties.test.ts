import { describe, expect, it } from 'vitest';
import { toItems } from '../layout/items';
import { readDuties } from './duties';

describe('readDuties', () => {
  it('reads the paragraphs under 主要职责 until the next section (tab layout)', () => {
    const lines = [
      '一、主要职责',
      '',
      '(一) 贯彻落实国家政策。',
      '',
      '(二) 承担全区大数据研究分析工作。',
      '',
      '二、机构设置',
    ];
    expect(readDuties(toItems(lines, 'tabbed'), [], false)).toEqual([
      { text: '(一) 贯彻落实国家政策。', line: 3 },
      { text: '(二) 承担全区大数据研究分析工作。', line: 5 },
    ]);
  });

  it('joins the wrapped lines of PDF text into paragraphs', () => {
    const lines = [
      '一、部门主要职能',
      '（一）贯彻落实国家、省、市、区关于大数据、电子政务、智慧',
      '城市发展的方针政策。',
      '（二）承担数据要素资源归集工作。',
      '二、部门预算单位构成',
    ];
    expect(readDuties(toItems(lines, 'pdf-text'), [], true)).toEqual([
      { text: '（一）贯彻落实国家、省、市、区关于大数据、电子政务、智慧城市发展的方针政策。', line: 2 },
      { text: '（二）承担数据要素资源归集工作。', line: 4 },
    ]);
  });
});
