// "A node of a disclosure": what 支出去向, 基本与项目 and the embed all show — the selected
// disclosures (or one unit of one), the functional item being looked at, its children with their
// shares, the path above it, the projects behind a leaf, and what the page must tell the reader
// (an unknown code, a unit that prints only totals, several years added up). Views only lay it out.

import type { DisclosureFile, Figure, UnitRow } from '../domain/budget';
import type { SelectionKey } from '../domain/selection';
import { fromFigure, sumAmounts, type Amount } from './amount';
import { projectsOfItem, type ItemProjectLink } from './projectLinks';
import {
  ancestry,
  budgetTotal,
  drillRows,
  findNode,
  functionalTree,
  type DrillRow,
  type TreeNode,
} from './tree';

export type NodeNotice =
  /** The URL names a code the disclosures do not print; the whole budget is shown instead. */
  | { kind: 'unknown-code'; code: string }
  /** One unit is selected: its totals are printed, its functional classification is not. */
  | { kind: 'unit-totals-only'; unit: string; department: string; disclosureId: string }
  /** Units selected among several entities: this view adds up whole disclosures only. */
  | { kind: 'units-as-departments'; keys: string[] }
  /** Disclosures of different years are added up. */
  | { kind: 'mixed-years'; years: (number | null)[] };

export interface DisclosureNode {
  disclosures: readonly DisclosureFile[];
  /** The selected unit, when the selection is one unit of one disclosure. */
  unit: (UnitRow & { disclosureId: string }) | null;
  nodes: TreeNode[];
  /** The item looked at (null: the whole budget). */
  code: string | null;
  current: TreeNode | null;
  path: TreeNode[];
  rows: DrillRow[];
  /** The whole budget (or the unit's), the sum that shares at the top level are of. */
  budget: Amount | null;
  /** The figures of the item looked at, or of the whole budget (or unit). */
  total: Amount | null;
  basic: Amount | null;
  project: Amount | null;
  personnel: Amount | null;
  publicUse: Amount | null;
  /** At a leaf: the projects linked to it, and how. */
  projects: ItemProjectLink[];
  notices: NodeNotice[];
}

/**
 * The node `code` of the selected disclosures. `selection` is the route's selection, parsed;
 * only those disclosures that are loaded are passed in `disclosures`.
 */
export function disclosureNode(
  disclosures: readonly DisclosureFile[],
  selection: readonly SelectionKey[],
  code: string | null,
): DisclosureNode {
  const notices: NodeNotice[] = [];
  const only = selection.length === 1 ? selection[0] : null;
  const unitRow =
    only?.unit && disclosures.length === 1
      ? (disclosures[0].units.find((u) => u.code === only.unit && !u.isDepartment) ?? null)
      : null;
  const sum = (pick: (d: DisclosureFile) => Figure | null) =>
    sumAmounts(disclosures.map((d) => fromFigure(pick(d), d.id, d.sourceFile)));

  if (unitRow) {
    const d = disclosures[0];
    const figure = (f: Figure | null) => fromFigure(f, d.id, d.sourceFile);
    notices.push({
      kind: 'unit-totals-only',
      unit: unitRow.name,
      department: d.department.name,
      disclosureId: d.id,
    });
    const total = figure(unitRow.total);
    return {
      disclosures,
      unit: { ...unitRow, disclosureId: d.id },
      nodes: [],
      code: null,
      current: null,
      path: [],
      rows: [],
      budget: total,
      total,
      basic: figure(unitRow.basic),
      project: figure(unitRow.project),
      personnel: figure(unitRow.personnel),
      publicUse: figure(unitRow.publicUse),
      projects: [],
      notices,
    };
  }

  const units = selection.filter((key) => key.unit);
  if (units.length > 0) {
    notices.push({ kind: 'units-as-departments', keys: units.map((key) => `${key.id}:${key.unit}`) });
  }
  const nodes = functionalTree(disclosures);
  const known = code === null || nodes.length === 0 || nodes.some((n) => n.code === code);
  if (!known && code) notices.push({ kind: 'unknown-code', code });
  const at = known ? code : null;
  const current = findNode(nodes, at);
  const budget = budgetTotal(disclosures);
  const rows = drillRows(nodes, at, budget);
  const years = [...new Set(disclosures.map((d) => d.year))];
  if (years.length > 1) notices.push({ kind: 'mixed-years', years });
  return {
    disclosures,
    unit: null,
    nodes,
    code: at,
    current,
    path: ancestry(nodes, at),
    rows,
    budget,
    total: current ? current.total : budget,
    basic: current ? current.basic : sum((d) => d.expenditure.basic),
    project: current ? current.project : sum((d) => d.expenditure.project),
    personnel: current ? current.personnel : sum((d) => d.expenditure.personnel),
    publicUse: current ? current.publicUse : sum((d) => d.expenditure.publicUse),
    projects: current && rows.length === 0 ? projectsOfItem(disclosures, current.code) : [],
    notices,
  };
}

/** The heading of what is looked at: the unit, the item with its code, or the whole budget. */
export function nodeLabel(
  node: DisclosureNode,
  nameOf: (code: string, name: string) => string,
  whole: string,
): string {
  if (node.unit) return node.unit.name;
  return node.current ? `${node.current.code} ${nameOf(node.current.code, node.current.name)}` : whole;
}

/** The title of the disclosures: one department and year, or "n disclosures added up". */
export function disclosuresTitle(node: DisclosureNode, aggregate: string): string {
  const { disclosures } = node;
  if (disclosures.length === 1)
    return `${disclosures[0].department.name} ${disclosures[0].year ?? ''}`.trim();
  return aggregate;
}
