// What a disclosure is, as each language names it (the data keeps the document's own words).

import type { Language } from './language';

const EN: Record<string, string> = {
  部门预算: 'Department budget',
  单位预算: 'Unit budget',
  部门决算: 'Final accounts',
};

export function kindName(kind: string, lang: Language): string {
  return lang === 'zh' ? kind : (EN[kind] ?? kind);
}
