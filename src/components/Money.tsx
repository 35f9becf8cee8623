// A figure on screen. Every one can show where it was printed: a button that opens the
// provenance panel with its table and line, and a link to the original text.

import { useStore } from '../state/store';
import { useMoney, useT } from '../state/hooks';
import type { Amount } from '../model/amount';
import { MISSING } from '../format/money';

export function Money({ amount, label }: { amount: Amount | null | undefined; label: string }) {
  const { money } = useMoney();
  const t = useT();
  const show = useStore((s) => s.showProvenance);
  if (!amount) return <span className="num missing">{MISSING}</span>;
  const value = money(amount.fen);
  return (
    <button
      type="button"
      className="num figure"
      aria-label={`${label} ${value} · ${t('provenance')}`}
      onClick={(event) => {
        const box = event.currentTarget.getBoundingClientRect();
        const anchor = { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY, left: box.left };
        show({ label, value, sources: amount.sources, anchor });
      }}
    >
      {value}
    </button>
  );
}
