// Basic vs project as one bar (no chart library: it draws on the first paint).

import { useMoney, useT } from '../state/hooks';

export function SplitBar({ basic, project }: { basic: number | null; project: number | null }) {
  const t = useT();
  const { pct } = useMoney();
  const b = basic ?? 0;
  const p = project ?? 0;
  const whole = b + p;
  if (whole <= 0) return null;
  const label = `${t('basic')} ${pct(b / whole)}，${t('project')} ${pct(p / whole)}`;
  return (
    <div className="split-bar" role="img" aria-label={label} title={label}>
      <span className="basic" style={{ width: `${(b / whole) * 100}%` }} />
      <span className="project" style={{ width: `${(p / whole) * 100}%` }} />
    </div>
  );
}
