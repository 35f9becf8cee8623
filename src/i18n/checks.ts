// A check in plain language. The converter writes the Chinese statement of what is compared;
// English is built from the kind of identity and the labels of its sides. A failed check is
// headed by what it found — the two sides and their values, never "=" between unequal ones.

import type { Check } from '../domain/checks';
import type { IssueCode } from '../domain/issues';
import type { Language } from './language';

const KIND_EN: Record<Check['kind'], string> = {
  'tree-sum': 'A parent item equals the sum of its sub-items',
  'total-sum': 'A total equals the sum of the rows under it',
  'basic-project': 'Total equals basic plus project expenditure',
  'personnel-public': 'Basic expenditure equals personnel plus public-use expenditure',
  'row-sum': 'A row’s total equals the sum of its columns',
  'units-sum': 'The department equals the sum of its units',
  'projects-sum': 'Project expenditure equals the sum of the projects',
  'income-sources': 'Total income equals the sum of its sources',
  'income-expenditure': 'Income equals expenditure',
  'cross-table': 'The same figure printed in two tables agrees',
  narrative: 'A figure in the narrative agrees with the tables',
  'san-gong-sum': 'The “three public” total equals the sum of its items',
  'san-gong-economic': 'The “three public” item covers the matching spending of the basic-expenditure table',
  'change-percent': 'A stated change’s amount agrees with its percentage',
  'stated-change': 'A stated change from last year agrees with last year’s figure',
  'prior-restated': 'Last year’s figure as this year prints it agrees with last year’s own disclosure',
};

/** What the check compares, as a statement (for checks that hold, and under a failed one's heading). */
export function checkSentence(check: Check, lang: Language): string {
  if (lang === 'zh') return check.description;
  return `${KIND_EN[check.kind]}: ${check.left.label}.`;
}

/**
 * A failed check's heading: `合计 · 合计 与 基本支出 + 项目支出 不一致：1,201.50 ≠ 1,201.51 万元`.
 * `amount` formats fen in the page's unit; `unit` names it.
 */
export function failureHeading(
  check: Check,
  lang: Language,
  amount: (fen: number) => string,
  unit: string,
): string {
  const right =
    check.right.length === 1
      ? check.right[0].label
      : lang === 'zh'
        ? `${check.right.length} 项之和`
        : `the sum of ${check.right.length} items`;
  const values =
    check.relation === '>='
      ? `${amount(check.left.fen)} < ${amount(check.rightFen)} ${unit}`
      : `${amount(check.left.fen)} ≠ ${amount(check.rightFen)} ${unit}`;
  if (lang === 'zh') {
    return check.relation === '>='
      ? `${check.left.label} 少于 ${right}：${values}`
      : `${check.left.label} 与 ${right} 不一致：${values}`;
  }
  return check.relation === '>='
    ? `${check.left.label} is less than ${right}: ${values}`
    : `${check.left.label} disagrees with ${right}: ${values}`;
}

/** What each kind of conversion note is about, in Chinese (the details stay as the converter wrote them). */
export const ISSUE_TITLES_ZH: Record<IssueCode, string> = {
  'empty-file': '文件为空',
  'binary-file': '不是文本文件',
  'decoded-gbk': '按 GBK 编码读取',
  'text-normalized': '文字已规范化（全角、空白）',
  'damaged-text': '文字有损坏',
  'unknown-layout': '无法识别版式',
  'no-tables': '没有找到表格',
  'missing-table': '缺少一张表',
  'truncated-table': '表格不完整',
  'unit-missing': '未注明金额单位',
  'not-a-number': '应为数字而不是',
  'amount-unrepresentable': '金额无法精确表示',
  'row-unplaced': '有一行无法归入表格结构',
  'placement-inferred': '行的位置由上下文推断',
  'header-unrecognized': '表头无法识别',
  'identity-missing': '缺少应有的行或信息，无法核对',
  'duplicate-row': '重复的行',
  'stray-rows': '有金额行不属于任何表格',
  'name-differs': '同一项目编码在两处名称不同',
  'internal-error': '转换程序出错',
  'pdf-not-pdf': '不是 PDF 文件',
  'pdf-encrypted': 'PDF 已加密',
  'pdf-damaged': 'PDF 已损坏',
  'pdf-no-text': 'PDF 没有文字层（扫描件）',
  'pdf-page-unreadable': 'PDF 有一页无法读取',
  'mixed-sources': '一份公开混有 PDF 和文本文件',
  'not-a-budget': '不像预算公开文件',
  'identity-from-file': '部门和年度取自文件名',
  'list-unread': '列表的合计无法核对（行的层次与金额对不上）',
  'function-differs': '同一项目在两处归入不同的功能分类',
};
