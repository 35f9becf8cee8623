// A change from last year, signed (+13.37 / −0.30) with its rate, and where last year's figure
// comes from; clicking opens last year's figure's provenance like any other amount.

import { Money } from './Money';
import { formatSigned } from '../format/money';
import { fromFigure } from '../model/amount';
import type { Change } from '../model/change';
import { useMoney, useT } from '../state/hooks';

export function ChangeValue({
  change,
  label,
  sourceFile,
}: {
  change: Change | null;
  label: string;
  sourceFile: (id: string) => string;
}) {
  const t = useT();
  const { money, pct } = useMoney();
  if (!change) return <span className="missing">{t('changeNone')}</span>;
  const [open, close] = t('parens').split('');
  const source = t(`priorSource.${change.prior.source}`, { year: change.prior.year });
  const rate = change.rate === null ? '' : ` ${formatSigned(change.rate, pct, '')}`;
  return (
    <span className={`change ${change.fen > 0 ? 'up' : change.fen < 0 ? 'down' : 'flat'}`} title={source}>
      {formatSigned(change.fen, money, t('noChange'))}
      <span className="rate">{change.fen === 0 ? '' : rate}</span>{' '}
      <span className="prior">
        {open}
        {t('priorInline', { year: change.prior.year })}{' '}
        <Money
          amount={fromFigure(
            change.prior.figure,
            change.prior.disclosure,
            sourceFile(change.prior.disclosure),
          )}
          label={`${label} ${t('priorValue', { year: change.prior.year })}（${source}）`}
        />
        {close}
      </span>
    </span>
  );
}
