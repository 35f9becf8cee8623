// One project: its amount (with where it is printed), unit, funding source, the functional
// item its figures link it to, and where its performance targets (绩效目标) are printed.

import { Link } from '../components/Link';
import { Money } from '../components/Money';
import { FallbackNote } from '../components/ViewNotices';
import { className } from '../i18n/classes';
import { fromFigure } from '../model/amount';
import { linkProjects } from '../domain/projectLinks';
import { functionalTree } from '../model/tree';
import { useDisclosures, useMoney, usePageTitle, useRoute, useT, useViewSelection } from '../state/hooks';

export default function Project() {
  const t = useT();
  const route = useRoute();
  const { unitLabel } = useMoney();
  const { ids, fallback } = useViewSelection();
  const { ready, loading } = useDisclosures(ids.slice(0, 1));
  const d = ready[0];
  const project = d && route.project ? (d.projects[route.project - 1] ?? null) : null;
  usePageTitle([project?.name, d ? `${d.department.name} ${d.year ?? ''}`.trim() : null, t('view.project')]);
  if (!d) return <p>{loading || ids.length ? t('loading') : t('pickHint')}</p>;
  if (!project) {
    return (
      <section>
        <h1>{t('view.project')}</h1>
        <FallbackNote fallback={fallback} />
        <p className="notice-inline" role="status">
          {t('projectUnknown', { position: route.project ?? '—', count: d.projects.length })}{' '}
          <Link to={{ view: 'projects', project: null }}>{t('view.projects')}</Link>
        </p>
      </section>
    );
  }
  const link = linkProjects(d).find((l) => l.projects.includes(project));
  const item = link ? functionalTree([d]).find((n) => n.code === link.code) : null;
  return (
    <section aria-labelledby="project-title">
      <h1 id="project-title">{project.name}</h1>
      <p>
        <Link to={{ view: 'department', project: null }}>
          {d.department.name} {d.year ?? ''}
        </Link>
        {project.unitName && project.unitName !== d.department.name ? ` · ${project.unitName}` : ''}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('amount')}</dt>
          <dd>
            <Money amount={fromFigure(project.amount, d.id, d.sourceFile)} label={project.name} /> {unitLabel}
          </dd>
        </div>
        <div>
          <dt>{t('projectCode')}</dt>
          <dd>{project.code ?? t('notStated')}</dd>
        </div>
        <div>
          <dt>{t('fundingSource')}</dt>
          <dd>{project.fundingSource ?? t('notStated')}</dd>
        </div>
        <div>
          <dt>{t('functionalItem')}</dt>
          <dd>
            {item ? (
              <>
                <Link to={{ view: 'drill', node: item.code, project: null }}>
                  {item.code} {className(item.code, item.name, route.lang)}
                </Link>
                <span className="sub">
                  {link?.method === 'column'
                    ? t('functionalItemColumn')
                    : t('functionalItemHow', { source: link?.fundingSource ?? '' })}
                </span>
              </>
            ) : (
              t('functionalItemUnknown')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('performanceTargets')}</dt>
          <dd>
            {project.performance ? (
              <Link to={{ view: 'source', line: project.performance.line, project: null }}>
                {t('printedIn', { table: project.performance.table, line: project.performance.line })}
              </Link>
            ) : (
              t('notStated')
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
