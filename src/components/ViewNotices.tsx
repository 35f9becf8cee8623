// What a view tells the reader about what it shows: the selection it fell back to when the URL
// named none, and the node model's notices (unknown code, a unit that prints only totals,
// several years added up).

import type { NodeNotice } from '../model/node';
import type { ViewSelection } from '../state/hooks';
import { useT } from '../state/hooks';
import { Link } from './Link';

export function FallbackNote({ fallback }: { fallback: ViewSelection['fallback'] }) {
  const t = useT();
  if (!fallback) return null;
  return (
    <p className="notice-inline" role="status">
      {t(fallback.kind === 'recent' ? 'defaultPicked' : 'defaultFirst', {
        name: fallback.names.join(t('listSeparator')),
      })}
    </p>
  );
}

export function NodeNotices({ notices }: { notices: readonly NodeNotice[] }) {
  const t = useT();
  return (
    <>
      {notices.map((notice) => (
        <p key={notice.kind} className="notice-inline" role="status">
          {notice.kind === 'unknown-code' && t('notice.unknown-code', { value: notice.code })}
          {notice.kind === 'mixed-years' &&
            t('mixedYears', { years: notice.years.map((y) => y ?? '?').join(t('listSeparator')) })}
          {notice.kind === 'units-as-departments' &&
            t('notice.units-as-departments', { keys: notice.keys.join(t('listSeparator')) })}
          {notice.kind === 'unit-totals-only' && (
            <>
              {t('notice.unit-totals-only', { unit: notice.unit, department: notice.department })}{' '}
              <Link to={{ selection: [notice.disclosureId], node: null }}>{t('departmentWhole')}</Link>
            </>
          )}
        </p>
      ))}
    </>
  );
}
