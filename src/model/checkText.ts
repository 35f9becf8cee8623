// A check in plain language. The converter writes the Chinese sentence; English is built from
// the kind of identity and the labels of its sides.

import type { Check } from '../domain/checks';

const EN: Record<Check['kind'], string> = {
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
};

export function checkSentence(check: Check, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return check.description;
  return `${EN[check.kind]}: ${check.left.label}.`;
}
