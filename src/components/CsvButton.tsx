import { useState } from 'react';
import { downloadCsv, type CsvTable } from '../publish/csv';
import { useT } from '../state/hooks';

/** Downloads exactly what the table beside it shows (built when clicked). */
export function CsvButton({ build, label }: { build: () => CsvTable; label?: string }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="tool"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void downloadCsv(build()).finally(() => setBusy(false));
      }}
    >
      {label ?? t('downloadCsv')}
    </button>
  );
}
