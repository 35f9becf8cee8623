// Which projects stand behind a 项 of the functional classification. Project tables seldom print
// the 功能科目 of each project, but the figures can still leave only one answer: when the projects
// of one funding source add up, to the fen, to the project expenditure of exactly one item (and
// of no other), those projects are that item's. The link says how it was made; a link that
// cannot be made is not guessed. Shared by the converter (which reports a list that files a
// linked project elsewhere) and the explorer (which lists the projects below a 项).

import type { FunctionalRow, Project } from './budget';

export interface ProjectLink {
  /** The functional item (a leaf of the classification) the projects are linked to. */
  code: string;
  /**
   * `column`: the project table prints this item in a 功能科目 column; `funding-sum`: the projects
   * of one funding source sum exactly to this item's 项目支出 (and no other item's).
   */
  method: 'column' | 'funding-sum';
  /** The funding source as the project table prints it (null when it prints none). */
  fundingSource: string | null;
  projects: Project[];
  /** The sum of the projects, equal to the item's project expenditure, in fen. */
  fen: number;
}

/** The links one disclosure's figures leave only one answer for. */
export function linkProjects(d: {
  projects: readonly Project[];
  functional: readonly FunctionalRow[];
}): ProjectLink[] {
  if (d.projects.length === 0) return [];
  const links: ProjectLink[] = [];
  // Where the table prints each project's 功能科目, that is the link.
  const byColumn = new Map<string, Project[]>();
  for (const project of d.projects) {
    if (!project.functionalCode) continue;
    byColumn.set(project.functionalCode, [...(byColumn.get(project.functionalCode) ?? []), project]);
  }
  for (const [code, projects] of byColumn) {
    const fen = projects.reduce((sum, p) => sum + p.amount.fen, 0);
    links.push({ code, method: 'column', fundingSource: null, projects, fen });
  }
  const unlinked = d.projects.filter((project) => !project.functionalCode);
  if (unlinked.length === 0) return links;
  // Each leaf's project expenditure not yet accounted for by the 功能科目 column.
  const linked = (code: string) => links.find((l) => l.code === code)?.fen ?? 0;
  const leaves = d.functional
    .filter((row) => !d.functional.some((other) => other.parent === row.code))
    .map((row) => ({ code: row.code, fen: (row.project?.fen ?? 0) - linked(row.code) }))
    .filter((leaf) => leaf.fen > 0);
  const groups = new Map<string | null, Project[]>();
  for (const project of unlinked) {
    const list = groups.get(project.fundingSource) ?? [];
    list.push(project);
    groups.set(project.fundingSource, list);
  }
  const sums = [...groups].map(([fundingSource, projects]) => ({
    fundingSource,
    projects,
    fen: projects.reduce((sum, p) => sum + p.amount.fen, 0),
  }));
  for (const group of sums) {
    const matches = leaves.filter((leaf) => leaf.fen === group.fen);
    const sameSum = sums.filter((other) => other.fen === group.fen).length;
    if (matches.length === 1 && sameSum === 1) {
      links.push({ code: matches[0].code, method: 'funding-sum', ...group });
    }
  }
  return links;
}
