// What the page could not use from the URL (and why), shown instead of failing.

import { useStore } from '../state/store';
import { useT } from '../state/hooks';
import type { Notice } from '../state/url';

export function Notices({ extra }: { extra: Notice[] }) {
  const t = useT();
  const urlNotices = useStore((s) => s.urlNotices);
  const dismissed = useStore((s) => s.dismissed);
  const dismiss = useStore((s) => s.dismiss);
  const all = [...urlNotices, ...extra].filter((n) => !dismissed.includes(key(n)));
  if (all.length === 0) return null;
  return (
    <div className="notices" role="status">
      <ul>
        {all.map((notice) => (
          <li key={key(notice)}>
            {t(`notice.${notice.reason}`, { param: notice.param, value: notice.value })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => all.forEach((n) => dismiss(key(n)))}>
        {t('dismiss')}
      </button>
    </div>
  );
}

const key = (notice: Notice): string => `${notice.param}=${notice.value}:${notice.reason}`;
