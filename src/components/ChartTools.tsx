// Under every chart: download it as PNG or SVG (title and source drawn in), get the code to embed
// it in an article, or download its data as CSV.

import { useState, type RefObject } from 'react';
import { defaultEmbedHeight, embedSnippet, embedUrl } from '../publish/embed';
import { chartImage, pngFromSvg } from '../publish/image';
import { saveBlob, type CsvTable } from '../publish/csv';
import { useRoute, useT } from '../state/hooks';
import { CsvButton } from './CsvButton';

export function ChartTools({
  figure,
  title,
  source,
  fileBase,
  versions,
  bars,
  csv,
}: {
  figure: RefObject<HTMLElement | null>;
  title: string;
  source: string;
  /** File name without extension, e.g. 大连市西岗区人民政府办公室_2025_201_一般公共服务支出. */
  fileBase: string;
  versions: string[];
  bars: number;
  csv: () => CsvTable;
}) {
  const t = useT();
  const route = useRoute();
  const [embedOpen, setEmbedOpen] = useState(false);
  const image = () => {
    const svg = figure.current?.querySelector('svg');
    return svg ? chartImage(svg, title, source) : null;
  };
  const snippet = embedSnippet(
    embedUrl(route, versions, window.location.href),
    title,
    defaultEmbedHeight(bars),
  );
  return (
    <div className="tools">
      <button
        type="button"
        className="tool"
        onClick={() => {
          const picture = image();
          if (picture) void pngFromSvg(picture).then((blob) => saveBlob(blob, `${fileBase}.png`));
        }}
      >
        {t('downloadPng')}
      </button>
      <button
        type="button"
        className="tool"
        onClick={() => {
          const picture = image();
          if (picture) saveBlob(new Blob([picture.svg], { type: 'image/svg+xml' }), `${fileBase}.svg`);
        }}
      >
        {t('downloadSvg')}
      </button>
      <CsvButton build={csv} />
      <button
        type="button"
        className="tool"
        aria-expanded={embedOpen}
        onClick={() => setEmbedOpen(!embedOpen)}
      >
        {t('embed')}
      </button>
      {embedOpen && (
        <div className="embed-panel">
          <label>
            {t('embedHint')}
            <textarea readOnly rows={4} value={snippet} onFocus={(event) => event.currentTarget.select()} />
          </label>
          <button type="button" className="tool" onClick={() => void navigator.clipboard?.writeText(snippet)}>
            {t('copy')}
          </button>
          <a href={embedUrl(route, versions, window.location.href)} target="_blank" rel="noopener noreferrer">
            {t('embedPreview')}
          </a>
        </div>
      )}
    </div>
  );
}
