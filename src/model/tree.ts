// The functional classification (类 → 款 → 项) of one disclosure or of several added up, and the
// rows the drill-down shows for a node.

import type { DisclosureFile, EconomicRow, Figure } from '../domain/budget';
import type { Level } from '../domain/codes';
import { compareCodes, parentCode } from '../domain/codes';
import { fromFigure, share, sumAmounts, type Amount } from './amount';

export interface TreeNode {
  code: string;
  name: string;
  level: Level;
  parent: string | null;
  total: Amount | null;
  basic: Amount | null;
  project: Amount | null;
  personnel: Amount | null;
  publicUse: Amount | null;
}

type Columns = 'total' | 'basic' | 'project' | 'personnel' | 'publicUse';
const COLUMNS: readonly Columns[] = ['total', 'basic', 'project', 'personnel', 'publicUse'];

type Classified = { code: string; name: string; level: Level; parent: string | null } & Partial<
  Record<Columns, Figure | null>
>;

function merge<R extends Classified>(
  disclosures: readonly DisclosureFile[],
  rowsOf: (d: DisclosureFile) => readonly R[],
  columns: readonly Columns[],
): TreeNode[] {
  const byCode = new Map<string, TreeNode>();
  for (const d of disclosures) {
    for (const row of rowsOf(d)) {
      const node = byCode.get(row.code) ?? {
        code: row.code,
        name: row.name,
        level: row.level,
        parent: row.parent,
        total: null,
        basic: null,
        project: null,
        personnel: null,
        publicUse: null,
      };
      for (const column of columns) {
        const value = fromFigure(row[column], d.id, d.sourceFile);
        node[column] = sumAmounts([node[column], value]);
      }
      byCode.set(row.code, node);
    }
  }
  return [...byCode.values()].sort((a, b) => compareCodes(a.code, b.code));
}

/** Functional rows of the given disclosures, added up by code. */
export function functionalTree(disclosures: readonly DisclosureFile[]): TreeNode[] {
  return merge(disclosures, (d) => d.functional, COLUMNS);
}

/** Economic rows of 一般公共预算 basic expenditure, added up by code. */
export function economicTree(disclosures: readonly DisclosureFile[]): TreeNode[] {
  return merge<EconomicRow>(disclosures, (d) => d.economicBasic, ['total', 'personnel', 'publicUse']);
}

export function findNode(nodes: readonly TreeNode[], code: string | null): TreeNode | null {
  return code ? (nodes.find((n) => n.code === code) ?? null) : null;
}

export function childrenOf(nodes: readonly TreeNode[], code: string | null): TreeNode[] {
  return nodes.filter((n) => n.parent === code && (code !== null || n.level === 1));
}

/** 201 → 20103 → 2010301: the node and the nodes above it, top first. */
export function ancestry(nodes: readonly TreeNode[], code: string | null): TreeNode[] {
  const path: TreeNode[] = [];
  for (let current = code; current; current = parentCode(current)) {
    const node = findNode(nodes, current);
    if (node) path.unshift(node);
  }
  return path;
}

export interface DrillRow {
  node: TreeNode;
  /** Of the node being looked at (its total), as a fraction. */
  shareOfParent: number | null;
  /** Of the whole budget. */
  shareOfTotal: number | null;
  hasChildren: boolean;
}

/** The children of a node, in code order, with their shares. */
export function drillRows(
  nodes: readonly TreeNode[],
  code: string | null,
  budgetTotal: Amount | null,
): DrillRow[] {
  const parent = findNode(nodes, code);
  const parentTotal = parent ? parent.total : budgetTotal;
  return childrenOf(nodes, code).map((node) => ({
    node,
    shareOfParent: share(node.total, parentTotal),
    shareOfTotal: share(node.total, budgetTotal),
    hasChildren: nodes.some((n) => n.parent === node.code),
  }));
}

/** The amount that the whole budget sums to: the disclosures' expenditure totals added up. */
export function budgetTotal(disclosures: readonly DisclosureFile[]): Amount | null {
  return sumAmounts(disclosures.map((d) => fromFigure(d.expenditure.total, d.id, d.sourceFile)));
}
