// Narrowing the overview by region, year and kind; the choice lives in the URL.

import type { FilterOptions, Filters } from '../model/filters';
import { kindName } from '../i18n/kinds';
import { useNavigate, useRoute, useT } from '../state/hooks';

export function OverviewFilters({ options, filters }: { options: FilterOptions; filters: Filters }) {
  const t = useT();
  const { lang } = useRoute();
  const navigate = useNavigate();
  const select = (
    id: string,
    label: string,
    value: string,
    values: readonly (string | number)[],
    onChange: (value: string) => void,
  ) => (
    <label htmlFor={id}>
      {label}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('filterAll')}</option>
        {values.map((v) => (
          <option key={v} value={String(v)}>
            {id === 'filter-kind' ? kindName(String(v), lang) : v}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="filters" role="group" aria-label={t('filters')}>
      {select('filter-region', t('region'), filters.region ?? '', options.regions, (v) =>
        navigate({ region: v || null }, { replace: true }),
      )}
      {select('filter-year', t('year'), filters.year ? String(filters.year) : '', options.years, (v) =>
        navigate({ year: v ? Number(v) : null }, { replace: true }),
      )}
      {select('filter-kind', t('kind'), filters.kind ?? '', options.kinds, (v) =>
        navigate({ kind: v || null }, { replace: true }),
      )}
    </div>
  );
}
