// One department: identity, income by source, 三公 (table and narrative side by side),
// procurement, purchase of services, staffing, and its duties as printed.

import { SAN_GONG_ITEMS } from '../domain/sanGong';
import { CsvButton } from '../components/CsvButton';
import { Link } from '../components/Link';
import { Money } from '../components/Money';
import { Picker } from '../components/Picker';
import { FallbackNote } from '../components/ViewNotices';
import { DepartmentYears } from './DepartmentYears';
import type { DisclosureFile, SanGong } from '../domain/budget';
import { fromFigure } from '../model/amount';
import { exactAmount, viewFileBase } from '../publish/csv';
import {
  useDisclosures,
  useMoney,
  useRoute,
  useT,
  useViewSelection,
  type ViewSelection,
  usePageTitle,
} from '../state/hooks';

/** The rows of the 三公 table: parts of 公务用车购置及运行费 marked as such. */
const SAN_GONG: readonly [keyof SanGong, string, string][] = SAN_GONG_ITEMS.map((item) => [
  item.key,
  item.sub ? `其中：${item.zh}` : item.zh,
  item.sub ? `of which: ${item.en}` : item.en,
]);

export default function Department() {
  const t = useT();
  const { ids, fallback } = useViewSelection();
  const { ready } = useDisclosures(ids.slice(0, 1));
  const d = ready[0];
  usePageTitle([d ? `${d.department.name} ${d.year ?? ''}`.trim() : null, t('view.department')]);
  if (!d) {
    return (
      <section>
        <h1>{t('view.department')}</h1>
        <Picker />
        <p>{t('loading')}</p>
      </section>
    );
  }
  return <DepartmentPage d={d} fallback={fallback} />;
}

function DepartmentPage({ d, fallback }: { d: DisclosureFile; fallback: ViewSelection['fallback'] }) {
  const t = useT();
  const { lang } = useRoute();
  const { unit, withUnit } = useMoney();
  const amount = (figure: Parameters<typeof fromFigure>[0]) => fromFigure(figure, d.id, d.sourceFile);
  const incomeCsv = () => ({
    fileName: `${viewFileBase([d], '', t('incomeBySource'))}.csv`,
    columns: [t('incomeBySource'), withUnit(t('amount'))],
    rows: [
      ...d.income.lines.map((line) => [line.label, exactAmount(line.amount?.fen, unit)]),
      [t('incomeTotal'), exactAmount(d.income.total?.fen, unit)],
    ],
  });
  const sanGongCsv = () => ({
    fileName: `${viewFileBase([d], '', t('sanGong'))}.csv`,
    columns: [t('sanGong'), withUnit(t('fromTable')), withUnit(t('fromNarrative'))],
    rows: SAN_GONG.map(([key, zh, en]) => [
      lang === 'en' ? en : zh,
      exactAmount(d.sanGong?.[key]?.fen, unit),
      exactAmount(d.sanGongNarrative?.[key]?.fen, unit),
    ]),
  });
  const stated = (value: { value: number; line: number } | null) =>
    value ? (
      <Link to={{ view: 'source', selection: [d.id], line: value.line }}>{value.value}</Link>
    ) : (
      <span className="missing">{t('notStated')}</span>
    );
  return (
    <section aria-labelledby="department-title">
      <h1 id="department-title">
        {d.department.name} {d.year ?? ''}
      </h1>
      <Picker />
      <FallbackNote fallback={fallback} />
      <h2>{t('identity')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('departmentCode')}</dt>
          <dd>{d.department.code ?? t('notStated')}</dd>
        </div>
        {d.parent && (
          <div>
            <dt>{t('parentDepartment')}</dt>
            <dd>
              {d.parent.code} {d.parent.name}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('region')}</dt>
          <dd>{d.region ?? t('notStated')}</dd>
        </div>
        <div>
          <dt>{t('year')}</dt>
          <dd>{d.year ?? t('notStated')}</dd>
        </div>
        <div>
          <dt>{t('sourceFile')}</dt>
          <dd>
            <Link to={{ view: 'source', selection: [d.id], line: null }}>{d.sourceFile}</Link>
          </dd>
        </div>
      </dl>

      <DepartmentYears d={d} />

      <h2>{t('incomeBySource')}</h2>
      <div className="table-wrap">
        <div className="tools">
          <CsvButton build={incomeCsv} label={t('tableCsv')} />
        </div>
        <table>
          <tbody>
            {d.income.lines.map((line) => (
              <tr key={line.source}>
                <th scope="row">{line.label}</th>
                <td className="num">
                  <Money amount={amount(line.amount)} label={line.label} />
                </td>
              </tr>
            ))}
            <tr className="total-row">
              <th scope="row">{t('incomeTotal')}</th>
              <td className="num">
                <Money amount={amount(d.income.total)} label={t('incomeTotal')} />
              </td>
            </tr>
          </tbody>
        </table>
      </div>

      <h2>{t('sanGong')}</h2>
      <div className="table-wrap">
        <div className="tools">
          <CsvButton build={sanGongCsv} label={t('tableCsv')} />
        </div>
        <table>
          <thead>
            <tr>
              <td />
              <th scope="col" className="num">
                {t('fromTable')}
              </th>
              <th scope="col" className="num">
                {t('fromNarrative')}
              </th>
            </tr>
          </thead>
          <tbody>
            {SAN_GONG.map(([key, zh, en]) => (
              <tr key={key}>
                <th scope="row">{lang === 'en' ? en : zh}</th>
                <td className="num">
                  <Money amount={amount(d.sanGong?.[key])} label={`${zh} ${t('fromTable')}`} />
                </td>
                <td className="num">
                  <Money amount={amount(d.sanGongNarrative?.[key])} label={`${zh} ${t('fromNarrative')}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <dl className="facts">
        <div>
          <dt>{t('procurement')}</dt>
          <dd>
            <Money amount={amount(d.procurement)} label={t('procurement')} />
          </dd>
        </div>
        <div>
          <dt>{t('purchaseOfServices')}</dt>
          <dd>
            <Money amount={amount(d.purchaseOfServices)} label={t('purchaseOfServices')} />
          </dd>
        </div>
        <div>
          <dt>{t('authorized')}</dt>
          <dd>{stated(d.staffing.authorized)}</dd>
        </div>
        <div>
          <dt>{t('actual')}</dt>
          <dd>{stated(d.staffing.actual)}</dd>
        </div>
        <div>
          <dt>{t('retired')}</dt>
          <dd>{stated(d.staffing.retired)}</dd>
        </div>
      </dl>

      {d.duties.length > 0 && (
        <>
          <h2>{t('duties')}</h2>
          <div className="duties" lang="zh-CN">
            {d.duties.map((paragraph) => (
              <p key={paragraph.line}>
                {paragraph.text}{' '}
                <Link to={{ view: 'source', selection: [d.id], line: paragraph.line }} className="line-link">
                  {t('line', { line: paragraph.line })}
                </Link>
              </p>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
