// A chart as an image: its SVG with the title above and the source line below drawn in, as SVG
// or PNG. Text is set through the DOM (textContent), never as markup.

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT =
  "system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif";

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

export function chartImage(chart: SVGSVGElement, title: string, source: string): ChartImage {
  const box = chart.getBoundingClientRect();
  const width = Math.ceil(box.width || Number(chart.getAttribute('width')) || 600);
  const chartHeight = Math.ceil(box.height || Number(chart.getAttribute('height')) || 300);
  const top = 44;
  const bottom = 40;
  const height = top + chartHeight + bottom;

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

  root.append(text(title, 8, 26, 16, '#1d1d1f', 'bold'));
  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('aria-hidden');
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(top));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(chartHeight));
  root.append(copy);
  root.append(text(source, 8, top + chartHeight + 26, 12, '#5b5b60'));

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
