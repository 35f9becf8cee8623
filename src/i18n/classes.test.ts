import { describe, expect, it } from 'vitest';
import { className } from './classes';

describe('className', () => {
  it('gives the English name of a 类 and of a 款 that occurs in the data', () => {
    expect(className('201', '一般公共服务支出', 'en')).toBe('General public services');
    expect(className('20103', '政府办公厅（室）及相关机构事务', 'en')).toBe(
      'Government offices and related agencies',
    );
    expect(className('30217', '公务接待费', 'en')).toBe('Official reception');
  });
  it('keeps the printed Chinese name of a 项 in English, and every name in Chinese', () => {
    expect(className('2010301', '行政运行', 'en')).toBe('行政运行');
    expect(className('20103', '政府办公厅（室）及相关机构事务', 'zh')).toBe('政府办公厅（室）及相关机构事务');
  });
  it('says when a level is not named by the document', () => {
    expect(className('20105', '', 'zh')).toBe('（原文未印名称）');
    expect(className('20105', '', 'en')).toBe('(name not printed)');
  });
});
