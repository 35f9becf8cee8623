// A chart as an image for publishing: its SVG with the title above and the source line below
// drawn in, in an article's 16:9 or a square format, as SVG or PNG (at twice the pixels). Text is set through the DOM (textContent), never as markup.

import { wrapLabel } from '../model/chart';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT =
  "system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif";

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

/** Shapes an exported chart comes in: an article's 16:9 picture, or a square for social posts. */
export const IMAGE_FORMATS = {
  article: { width: 1200, height: 675 },
  square: { width: 1080, height: 1080 },
} as const;
export type ImageFormat = keyof typeof IMAGE_FORMATS;

const TITLE_SIZE = 28;
const SOURCE_SIZE = 18;
const MARGIN = 32;

/**
 * The chart drawn into a picture of the format's size: the title (wrapped, up to two lines) above,
 * the source line below, the chart scaled to fit between them, keeping its proportions.
 */
export function chartImage(
  chart: SVGSVGElement,
  title: string,
  source: string,
  format: ImageFormat = 'article',
): ChartImage {
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.ceil(box.width || Number(chart.getAttribute('width')) || 600);
  const chartHeight = Math.ceil(box.height || Number(chart.getAttribute('height')) || 300);
  const { width, height } = IMAGE_FORMATS[format];
  const titleLines = wrapLabel(title, width - 2 * MARGIN, TITLE_SIZE, 2);
  const sourceLines = wrapLabel(source, width - 2 * MARGIN, SOURCE_SIZE, 2);
  const top = MARGIN + titleLines.length * (TITLE_SIZE + 8);
  const bottom = MARGIN + sourceLines.length * (SOURCE_SIZE + 6);

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', FONT);

  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.append(background);

  titleLines.forEach((line, i) =>
    root.append(
      text(line, MARGIN, MARGIN + TITLE_SIZE + i * (TITLE_SIZE + 8), TITLE_SIZE, '#1d1d1f', 'bold'),
    ),
  );
  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('aria-hidden');
  copy.setAttribute('viewBox', `0 0 ${chartWidth} ${chartHeight}`);
  copy.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  copy.setAttribute('x', String(MARGIN));
  copy.setAttribute('y', String(top + 8));
  copy.setAttribute('width', String(width - 2 * MARGIN));
  copy.setAttribute('height', String(Math.max(40, height - top - bottom - 16)));
  root.append(copy);
  sourceLines.forEach((line, i) =>
    root.append(
      text(
        line,
        MARGIN,
        height - MARGIN - (sourceLines.length - 1 - i) * (SOURCE_SIZE + 6),
        SOURCE_SIZE,
        '#5b5b60',
      ),
    ),
  );

  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

function text(
  content: string,
  x: number,
  y: number,
  size: number,
  fill: string,
  weight = 'normal',
): SVGTextElement {
  const element = document.createElementNS(SVG_NS, 'text');
  element.setAttribute('x', String(x));
  element.setAttribute('y', String(y));
  element.setAttribute('font-size', String(size));
  element.setAttribute('fill', fill);
  element.setAttribute('font-weight', weight);
  element.textContent = content;
  return element;
}

export async function pngFromSvg(image: ChartImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const picture = new Image();
    picture.src = url;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.scale(scale, scale);
    context.drawImage(picture, 0, 0, image.width, image.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
