// Under every chart: download it as PNG or SVG (title and source drawn in), get the code to embed
// it in an article, or download its data as CSV.

import { useState, type ReactElement, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
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
  draw,
  selection,
}: {
  figure: RefObject<HTMLElement | null>;
  title: string;
  source: string;
  /** File name without extension, e.g. 大连市西岗区人民政府办公室_2025_201_一般公共服务支出. */
  fileBase: string;
  versions: string[];
  bars: number;
  csv: () => CsvTable;
  /** False where the embed page cannot draw this chart. */
  embeddable?: boolean;
  /**
   * The chart drawn at a given width, for pictures: drawn narrower than on screen and scaled up,
   * its text is large enough to read in an article. Without it, the chart on screen is used.
   */
  draw?: (width: number) => ReactElement;
  /** What the chart shows, when the URL names nothing (a tab opened on its fallback). */
  selection?: string[];
}) {
  const t = useT();
  const route = useRoute();
  const [embedOpen, setEmbedOpen] = useState(false);
  const [embedTitle, setEmbedTitle] = useState('');
  const embedRoute = {
    ...route,
    selection: route.selection.length ? route.selection : (selection ?? []),
    title: embedTitle.trim() || null,
  };
  const image = (format: ImageFormat = 'article') => {
    if (draw) {
      const drawn = offscreen(draw(EXPORT_WIDTH[format]));
      try {
        const svg = drawn.element.querySelector<SVGSVGElement>('svg');
        return svg ? chartImage(svg, title, source, format) : null;
      } finally {
        drawn.remove();
      }
    }
    // The chart's own drawing, not the first icon in the figure (a legend swatch is an <svg> too).
    const svg = figure.current?.querySelector<SVGSVGElement>('svg[data-chart]') ?? largestSvg(figure.current);
    return svg ? chartImage(svg, title, source, format) : null;
  };
  // Only while the embed panel is open: it needs the page's address (the site's root).
  const embedAt = embedOpen ? embedUrl(embedRoute, versions, document.baseURI) : '';
  const snippet = embedOpen
    ? embedSnippet(embedAt, embedRoute.title ?? title, defaultEmbedHeight(bars), document.baseURI)
    : '';
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
          <a href={embedAt} target="_blank" rel="noopener noreferrer">
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

/** The width a chart is drawn at for each picture format (scaled up to fill it). */
const EXPORT_WIDTH: Record<ImageFormat, number> = { article: 620, square: 400 };

/** Renders an element into a detached, measured container; `remove` unmounts it. */
function offscreen(content: ReactElement): { element: HTMLElement; remove: () => void } {
  const element = document.createElement('div');
  element.style.cssText = 'position:absolute;left:-10000px;top:0;';
  document.body.append(element);
  const root = createRoot(element);
  flushSync(() => root.render(content));
  return {
    element,
    remove: () => {
      root.unmount();
      element.remove();
    },
  };
}
