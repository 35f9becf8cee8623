// The projects behind a 项, for the explorer: the disclosure's links (domain/projectLinks.ts)
// for one item, with where each project sits in its disclosure's list (its page's `p=`).

import type { DisclosureFile } from '../domain/budget';
import { linkProjects, type ProjectLink } from '../domain/projectLinks';

export type ItemProjectLink = ProjectLink & {
  disclosureId: string;
  sourceFile: string;
  /** Each project's place (1-based) in its disclosure's list, in the order of `projects`. */
  positions: number[];
  /** Rows of another table that file these projects under another 类 (function-differs notes). */
  conflicts: number;
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
        conflicts: d.issues.filter(
          (issue) => issue.code === 'function-differs' && issue.message.includes(`of ${link.code} `),
        ).length,
      })),
  );
}
