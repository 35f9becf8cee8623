// Which projects stand behind a 项 of the functional classification. Project tables seldom print
// the 功能科目 of each project, but the figures can still leave only one answer: when the projects
// of one funding source add up, to the fen, to the project expenditure of exactly one item (and
// of no other), those projects are that item's. The link says how it was made; a link that
// cannot be made is not guessed.

import type { DisclosureFile, Project } from '../domain/budget';
import { childrenOf, functionalTree, type TreeNode } from './tree';

export interface ProjectLink {
  /** The functional item (a leaf of the classification) the projects are linked to. */
  code: string;
  /** `funding-sum`: the projects of one funding source sum exactly to this item's 项目支出. */
  method: 'funding-sum';
  /** The funding source as the project table prints it (null when it prints none). */
  fundingSource: string | null;
  projects: Project[];
  /** The sum of the projects, equal to the item's project expenditure, in fen. */
  fen: number;
}

/** The links one disclosure's figures leave only one answer for. */
export function linkProjects(disclosure: DisclosureFile): ProjectLink[] {
  if (disclosure.projects.length === 0) return [];
  const nodes = functionalTree([disclosure]);
  const leaves = nodes.filter(
    (node) => (node.project?.fen ?? 0) > 0 && childrenOf(nodes, node.code).length === 0,
  );
  const groups = new Map<string | null, Project[]>();
  for (const project of disclosure.projects) {
    const list = groups.get(project.fundingSource) ?? [];
    list.push(project);
    groups.set(project.fundingSource, list);
  }
  const sums = [...groups].map(([fundingSource, projects]) => ({
    fundingSource,
    projects,
    fen: projects.reduce((sum, p) => sum + p.amount.fen, 0),
  }));
  const links: ProjectLink[] = [];
  for (const group of sums) {
    const matches: TreeNode[] = leaves.filter((leaf) => leaf.project?.fen === group.fen);
    const sameSum = sums.filter((other) => other.fen === group.fen).length;
    if (matches.length === 1 && sameSum === 1) {
      links.push({ code: matches[0].code, method: 'funding-sum', ...group });
    }
  }
  return links;
}

export type ItemProjectLink = ProjectLink & {
  disclosureId: string;
  sourceFile: string;
  /** Each project's place (1-based) in its disclosure's list, in the order of `projects`. */
  positions: number[];
};

/** The links of several disclosures for one item, in the order of the disclosures. */
export function projectsOfItem(disclosures: readonly DisclosureFile[], code: string): ItemProjectLink[] {
  return disclosures.flatMap((d) =>
    linkProjects(d)
      .filter((link) => link.code === code)
      .map((link) => ({
        ...link,
        disclosureId: d.id,
        sourceFile: d.sourceFile,
        positions: link.projects.map((project) => d.projects.indexOf(project) + 1),
      })),
  );
}
