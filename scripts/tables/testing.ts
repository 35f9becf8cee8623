// Test helper: runs inline sample text through the real pipeline up to raw tables.

import type { LayoutFamily } from '../../src/domain/budget';
import type { Issue } from '../../src/domain/issues';
import { toItems } from '../layout/items';
import type { ParseContext } from './rows';
import { segmentTables, type RawTable } from './segment';

export function tablesFrom(text: string, layout: LayoutFamily): RawTable[] {
  return segmentTables(toItems(text.replace(/^\n/, '').split('\n'), layout), layout);
}

export function onlyTable(text: string, layout: LayoutFamily): RawTable {
  const tables = tablesFrom(text, layout);
  if (tables.length !== 1) throw new Error(`expected one table, found ${tables.length}`);
  return tables[0];
}

export function contextFor(table: RawTable, issues: Issue[] = []): ParseContext {
  return { file: 'sample.txt', table: table.label, unit: table.unit ?? '元', issues };
}
