// Below a 项: the projects behind it, where the disclosure's figures link them (model/projectLinks.ts),
// with how the link was made; else why none can be listed, and a way to all of its projects.

import type { ItemProjectLink } from '../model/projectLinks';
import { fromFigure } from '../model/amount';
import { useRoute, useT } from '../state/hooks';
import { Link } from './Link';
import { Money } from './Money';

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
            {t('projectsLinkFunding', {
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
