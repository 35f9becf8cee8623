// Under every chart: download it as PNG or SVG (title and source drawn in), get the code to embed
// it in an article, or download its data as CSV.

import { useState, type RefObject } from 'react';
import { defaultEmbedHeight, embedSnippet, embedUrl } from '../publish/embed';
import { chartImage, pngFromSvg, type ImageFormat } from '../publish/image';
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
  embeddable = true,
}: {
  figure: RefObject<HTMLElement | null>;
  title: string;
  source: string;
  /** File name without extension, e.g. 大连市西岗区人民政府办公室_2025_201_一般公共服务支出. */
  fileBase: string;
  versions: string[];
  bars: number;
  csv: () => CsvTable;
  /** False where the embed page cannot draw this chart yet (compare). */
  embeddable?: boolean;
}) {
  const t = useT();
  const route = useRoute();
  const [embedOpen, setEmbedOpen] = useState(false);
  const [embedTitle, setEmbedTitle] = useState('');
  const embedRoute = { ...route, title: embedTitle.trim() || null };
  const image = (format: ImageFormat = 'article') => {
    // The chart's own drawing, not the first icon in the figure (a legend swatch is an <svg> too).
    const svg = figure.current?.querySelector<SVGSVGElement>('svg[data-chart]') ?? largestSvg(figure.current);
    return svg ? chartImage(svg, title, source, format) : null;
  };
  const snippet = embedSnippet(
    embedUrl(embedRoute, versions, window.location.href),
    embedRoute.title ?? title,
    defaultEmbedHeight(bars),
  );
  return (
    <div className="tools">
      {(['article', 'square'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="tool"
          onClick={() => {
            const picture = image(format);
            const name = format === 'article' ? `${fileBase}.png` : `${fileBase}_${t('squareFile')}.png`;
            if (picture) void pngFromSvg(picture).then((blob) => saveBlob(blob, name));
          }}
        >
          {t(format === 'article' ? 'downloadPng' : 'downloadPngSquare')}
        </button>
      ))}
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
      <CsvButton build={csv} label={t('chartCsv')} />
      {embeddable && (
        <button
          type="button"
          className="tool"
          aria-expanded={embedOpen}
          onClick={() => setEmbedOpen(!embedOpen)}
        >
          {t('embed')}
        </button>
      )}
      {embedOpen && (
        <div className="embed-panel">
          <label>
            {t('embedTitle')}
            <input
              type="text"
              maxLength={120}
              value={embedTitle}
              placeholder={title}
              onChange={(event) => setEmbedTitle(event.target.value)}
            />
          </label>
          <label>
            {t('embedHint')}
            <textarea readOnly rows={4} value={snippet} onFocus={(event) => event.currentTarget.select()} />
          </label>
          <button type="button" className="tool" onClick={() => void navigator.clipboard?.writeText(snippet)}>
            {t('copy')}
          </button>
          <a
            href={embedUrl(embedRoute, versions, window.location.href)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('embedPreview')}
          </a>
        </div>
      )}
    </div>
  );
}

function largestSvg(root: HTMLElement | null): SVGSVGElement | null {
  const area = (svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect();
    return box.width * box.height;
  };
  const all = [...(root?.querySelectorAll('svg') ?? [])];
  return all.sort((a, b) => area(b) - area(a))[0] ?? null;
}
