// English names of the 类 (top level) of the functional and economic classifications
// (财政部《政府收支分类科目》), and — informal, see classNamesEn.ts — of the 款 that occur in
// the data. Other codes keep their Chinese names in English mode.

import { ECONOMIC_ITEMS_EN, FUNCTIONAL_ITEMS_EN } from './classNamesEn';

const FUNCTIONAL: Record<string, string> = {
  '201': 'General public services',
  '202': 'Foreign affairs',
  '203': 'National defence',
  '204': 'Public security',
  '205': 'Education',
  '206': 'Science and technology',
  '207': 'Culture, tourism, sports and media',
  '208': 'Social security and employment',
  '209': 'Social insurance funds',
  '210': 'Health',
  '211': 'Energy conservation and environmental protection',
  '212': 'Urban and rural community affairs',
  '213': 'Agriculture, forestry and water',
  '214': 'Transportation',
  '215': 'Resource exploration, industry and information',
  '216': 'Commerce and services',
  '217': 'Finance',
  '219': 'Aid to other regions',
  '220': 'Natural resources, oceans and meteorology',
  '221': 'Housing security',
  '222': 'Grain and oil reserves',
  '223': 'State capital operations',
  '224': 'Disaster prevention and emergency management',
  '227': 'Reserve fund',
  '229': 'Other expenditure',
  '230': 'Transfer payments',
  '231': 'Debt principal repayment',
  '232': 'Debt interest',
  '233': 'Debt issuance costs',
  '234': 'Special treasury bond spending',
};

const ECONOMIC: Record<string, string> = {
  '301': 'Wages and benefits',
  '302': 'Goods and services',
  '303': 'Subsidies to individuals and households',
  '307': 'Debt interest',
  '309': 'Capital expenditure (infrastructure)',
  '310': 'Capital expenditure',
  '311': 'Subsidies to enterprises (capital)',
  '312': 'Subsidies to enterprises',
  '313': 'Social security fund subsidies',
  '399': 'Other expenditure',
};

/** The English name of a 类 or 款, where one is written; null otherwise. */
export function englishName(code: string): string | null {
  return FUNCTIONAL[code] ?? ECONOMIC[code] ?? FUNCTIONAL_ITEMS_EN[code] ?? ECONOMIC_ITEMS_EN[code] ?? null;
}

/**
 * The name to show: in English mode the English name of a 类 or 款 where one is written,
 * otherwise the name as printed. A level the document never prints (a 款 added up from its 项)
 * and no other disclosure names says so.
 */
export function className(code: string, printed: string, lang: 'zh' | 'en'): string {
  const english = lang === 'en' ? englishName(code) : null;
  if (!printed.trim() && !(english && code.length === 3))
    return lang === 'zh' ? '（原文未印名称）' : '(name not printed)';
  return english ?? printed;
}
