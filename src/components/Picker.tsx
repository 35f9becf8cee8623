// Which disclosure(s) a view shows: the selection from the URL, changeable here.

import { useCatalogEntries, useHydrated, useNavigate, useT, useViewSelection } from '../state/hooks';

/** Up to this many disclosures, a baked page's picker carries them all (about 70 bytes each). */
const BAKED_OPTIONS = 200;

export function Picker({ multiple = false }: { multiple?: boolean }) {
  const t = useT();
  const entries = useCatalogEntries();
  const navigate = useNavigate();
  const { ids } = useViewSelection();
  // A baked page carries every option while there are few (a phone's first tap opens them all);
  // past that, the chosen one only: the others (2,000 of them, on every page) come with the app.
  const hydrated = useHydrated();
  if (!entries) return null;
  const current = ids.length === 1 || !multiple ? (ids[0] ?? '') : '';
  const withheld = !hydrated && entries.length > BAKED_OPTIONS;
  const shown = withheld ? entries.filter((entry) => entry.id === current) : entries;
  return (
    <div className="picker">
      <label>
        <span>{t('pickDisclosure')}</span>
        <select
          // The first tap on it waits for the app's list of options (wake.ts).
          data-withheld={withheld ? '' : undefined}
          value={current}
          onChange={(event) =>
            navigate({ selection: event.target.value ? [event.target.value] : [], node: null, line: null })
          }
        >
          {current === '' && (
            <option value="">
              {multiple && ids.length > 1 ? t('aggregateOf', { count: ids.length }) : '—'}
            </option>
          )}
          {shown.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.department.name} {entry.year ?? ''}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
