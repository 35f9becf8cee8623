// Below a 项: the projects behind it, where the disclosure's figures link them (model/projectLinks.ts),
// with how the link was made; else why none can be listed, and a way to all of its projects.

import type { ItemProjectLink } from '../model/projectLinks';
import { fromFigure } from '../model/amount';
import { useEffect } from 'react';
import type { Check } from '../domain/checks';
import { useMoney, useRoute, useT } from '../state/hooks';
import { useStore } from '../state/store';
import { Link } from './Link';
import { Money } from './Money';

/** The failed checks (not 尾差) a printed figure takes part in, once a disclosure's checks are loaded. */
function useContradictions(id: string | undefined): (table: string, line: number) => Check[] {
  const ensureChecks = useStore((state) => state.ensureChecks);
  const checks = useStore((state) => (id ? state.checks[id] : undefined));
  useEffect(() => {
    if (id) ensureChecks(id);
  }, [id, ensureChecks]);
  const failed =
    checks?.status === 'ready' ? checks.value.checks.filter((c) => !c.passed && !c.roundingTail) : [];
  return (table, line) =>
    failed.filter((c) => [c.left, ...c.right].some((term) => term.table === table && term.line === line));
}

export function ItemProjects({
  links,
  exact,
  disclosureIds,
}: {
  links: readonly ItemProjectLink[];
  /** An amount in fen as exact 元, for the sentence that explains the link. */
  exact: (fen: number) => string;
  disclosureIds: readonly string[];
}) {
  const t = useT();
  const { lang } = useRoute();
  const { money, unitLabel } = useMoney();
  const contradictions = useContradictions(links[0]?.disclosureId);
  if (links.length === 0) {
    return (
      <p>
        {t('projectsNone')}
        <Link to={{ view: 'projects', selection: [...disclosureIds], query: '' }}>{t('projectsAll')}</Link>
      </p>
    );
  }
  return (
    <section aria-labelledby="item-projects" className="item-projects">
      <h2 id="item-projects">{t('projectsOfItem')}</h2>
      {links.map((link) => (
        <div key={`${link.disclosureId}:${link.fundingSource ?? ''}`}>
          <p className="how">
            {link.method === 'column'
              ? t('projectsLinkColumn', { count: link.projects.length, amount: exact(link.fen) })
              : t('projectsLinkFunding', {
                  source: link.fundingSource ?? (lang === 'zh' ? '（未印）' : '(not printed)'),
                  count: link.projects.length,
                  amount: exact(link.fen),
                })}
          </p>
          {link.conflicts > 0 && (
            <p className="notice-inline" role="status">
              {t('projectsConflict', { count: link.conflicts })}{' '}
              <Link to={{ view: 'quality', selection: [link.disclosureId], node: null }}>
                {t('view.quality')}
              </Link>
            </p>
          )}
          <div className="table-wrap">
            <table>
              <caption>{t('projectsOfItem')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('projectName')}</th>
                  <th scope="col" className="wide-only">
                    {t('projectUnit')}
                  </th>
                  <th scope="col" className="num">
                    {t('amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {link.projects
                  .map((project, index) => ({ project, position: link.positions[index] }))
                  .sort((a, b) => b.project.amount.fen - a.project.amount.fen)
                  .map(({ project, position }) => (
                    <tr key={position}>
                      <th scope="row">
                        <Link
                          to={{
                            view: 'project',
                            selection: [link.disclosureId],
                            project: position,
                            node: null,
                          }}
                        >
                          {project.name}
                        </Link>
                        {project.code && <span className="sub">{project.code}</span>}
                        {contradictions(project.amount.table, project.amount.line).map((check) => (
                          <span key={check.id} className="sub contradiction">
                            ⚠{' '}
                            <Link
                              to={{
                                view: 'quality',
                                selection: [link.disclosureId],
                                node: null,
                                project: null,
                              }}
                            >
                              {(() => {
                                // The other printing: the one that is not this project's own figure.
                                const other =
                                  [check.left, ...check.right].find(
                                    (term) =>
                                      term.table !== project.amount.table ||
                                      term.line !== project.amount.line,
                                  ) ?? check.left;
                                return t('projectContradicts', {
                                  label: other.label,
                                  amount: `${money(other.fen)} ${unitLabel}`,
                                });
                              })()}
                            </Link>
                          </span>
                        ))}
                        {project.performance && (
                          <span className="sub">
                            <Link
                              to={{
                                view: 'source',
                                selection: [link.disclosureId],
                                line: project.performance.line,
                              }}
                            >
                              {t('performanceForm', {
                                table: project.performance.table,
                                line: project.performance.line,
                              })}
                            </Link>
                          </span>
                        )}
                      </th>
                      <td className="wide-only">{project.unitName ?? ''}</td>
                      <td className="num">
                        <Money
                          amount={fromFigure(project.amount, link.disclosureId, link.sourceFile)}
                          label={project.name}
                        />
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}
