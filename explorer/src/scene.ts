/**
 * A drawing as a list of simple shapes (rectangles, lines with or without an arrowhead,
 * polygons, text), written out as a standalone SVG or painted on a canvas for a PNG: one
 * drawing, two files that agree. Presentation attributes only (no style attribute), so that the
 * SVG can be shown inline under the page's content security policy; text is escaped.
 */
import { wrap } from './format.ts';
import { PALETTE, type LegendEntry, type Swatch } from './palette.ts';

export type Shape =
  | {
      kind: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill: string;
      stroke?: string;
      width?: number;
      dash?: number[] | null;
      rx?: number;
      cls?: string;
    }
  | {
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      width: number;
      dash?: number[] | null;
      arrow?: boolean;
    }
  | {
      kind: 'polygon';
      points: Array<[number, number]>;
      fill: string;
      stroke: string;
      width: number;
      dash?: number[] | null;
    }
  | {
      kind: 'text';
      x: number;
      y: number;
      lines: string[];
      size: number;
      weight?: 'normal' | 'bold';
      anchor?: 'start' | 'middle' | 'end';
      fill?: string;
    }
  | { kind: 'group'; cls: string; data: Record<string, string>; title: string; shapes: Shape[] };

export type Scene = {
  width: number;
  height: number;
  title: string;
  description: string;
  idPrefix: string;
  shapes: Shape[];
};

/** Line height of text, as a multiple of its size. */
export const LINE_HEIGHT = 1.25;
const ARROW = 10;

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

const n = (value: number) => (Math.round(value * 10) / 10).toString();

/**
 * An estimate of a text's width in a sans-serif font, for layouts made without a page: capitals
 * are wider than small letters, spaces and stops narrower.
 */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) {
    if (/[A-Z@MW]/.test(char)) ems += 0.7;
    else if (/[0-9a-z]/.test(char)) ems += 0.57;
    else if (/[ .,:;'|il!]/.test(char)) ems += 0.3;
    else ems += 0.6;
  }
  return ems * size;
}

/** The arrowhead's three corners, its tip at (x2, y2). */
function arrowHead(shape: { x1: number; y1: number; x2: number; y2: number; width: number }): Array<[number, number]> {
  const length = Math.hypot(shape.x2 - shape.x1, shape.y2 - shape.y1) || 1;
  const [ux, uy] = [(shape.x2 - shape.x1) / length, (shape.y2 - shape.y1) / length];
  const size = ARROW + shape.width;
  const [bx, by] = [shape.x2 - ux * size, shape.y2 - uy * size];
  const half = size * 0.45;
  return [
    [shape.x2, shape.y2],
    [bx - uy * half, by + ux * half],
    [bx + uy * half, by - ux * half],
  ];
}

/** Where a line stops so that its arrowhead, not its thick end, makes the tip. */
function shaft(shape: { x1: number; y1: number; x2: number; y2: number; width: number; arrow?: boolean }) {
  if (!shape.arrow) return shape;
  const length = Math.hypot(shape.x2 - shape.x1, shape.y2 - shape.y1) || 1;
  const back = Math.min(length, ARROW + shape.width - 1);
  return {
    ...shape,
    x2: shape.x2 - ((shape.x2 - shape.x1) / length) * back,
    y2: shape.y2 - ((shape.y2 - shape.y1) / length) * back,
  };
}

function dashAttribute(dash: number[] | null | undefined): string {
  return dash === null || dash === undefined || dash.length === 0 ? '' : ` stroke-dasharray="${dash.join(' ')}"`;
}

export function shapeSvg(shape: Shape): string {
  switch (shape.kind) {
    case 'rect': {
      const stroke = shape.stroke === undefined ? '' : ` stroke="${shape.stroke}" stroke-width="${shape.width ?? 1}"`;
      const cls = shape.cls === undefined ? '' : ` class="${escapeXml(shape.cls)}"`;
      return `<rect${cls} x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.w)}" height="${n(shape.h)}" rx="${shape.rx ?? 0}" fill="${shape.fill}"${stroke}${dashAttribute(shape.dash)}/>`;
    }
    case 'line': {
      const body = shaft(shape);
      const line = `<line x1="${n(body.x1)}" y1="${n(body.y1)}" x2="${n(body.x2)}" y2="${n(body.y2)}" stroke="${shape.stroke}" stroke-width="${shape.width}"${dashAttribute(shape.dash)}/>`;
      if (!shape.arrow) return line;
      const head = arrowHead(shape)
        .map(([x, y]) => `${n(x)},${n(y)}`)
        .join(' ');
      return `${line}<polygon points="${head}" fill="${shape.stroke}"/>`;
    }
    case 'polygon':
      return `<polygon points="${shape.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${shape.fill}" stroke="${shape.stroke}" stroke-width="${shape.width}"${dashAttribute(shape.dash)}/>`;
    case 'text': {
      const step = shape.size * LINE_HEIGHT;
      const top = shape.y - ((shape.lines.length - 1) * step) / 2;
      const spans = shape.lines
        .map((text, index) => `<tspan x="${n(shape.x)}" y="${n(top + index * step)}">${escapeXml(text)}</tspan>`)
        .join('');
      return `<text font-family="sans-serif" font-size="${shape.size}" font-weight="${shape.weight ?? 'normal'}" text-anchor="${shape.anchor ?? 'middle'}" dominant-baseline="middle" fill="${shape.fill ?? PALETTE.ink}">${spans}</text>`;
    }
    case 'group': {
      const data = Object.entries(shape.data)
        .map(([name, value]) => ` data-${name}="${escapeXml(value)}"`)
        .join('');
      return `<g class="${escapeXml(shape.cls)}"${data}><title>${escapeXml(shape.title)}</title>${shape.shapes.map(shapeSvg).join('')}</g>`;
    }
  }
}

/** The scene as a standalone SVG file, with its title and description for screen readers. */
export function sceneSvg(scene: Scene): string {
  const id = scene.idPrefix;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" width="${n(scene.width)}" height="${n(scene.height)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}">`,
    `<title id="${id}-title">${escapeXml(scene.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(scene.description)}</desc>`,
    `<rect x="0" y="0" width="${n(scene.width)}" height="${n(scene.height)}" fill="${PALETTE.paper}"/>`,
    ...scene.shapes.map(shapeSvg),
    '</svg>',
  ].join('\n');
}

/** An octagon's corners in a w × h box centred on (x, y). */
export function octagonPoints(x: number, y: number, w: number, h: number): Array<[number, number]> {
  const [dx, dy] = [w / 2, h / 2];
  const [cx, cy] = [dx * 0.6, dy * 0.6];
  return [
    [x - cx, y - dy],
    [x + cx, y - dy],
    [x + dx, y - cy],
    [x + dx, y + cy],
    [x + cx, y + dy],
    [x - cx, y + dy],
    [x - dx, y + cy],
    [x - dx, y - cy],
  ];
}

/** A legend entry's swatch, 36 × 18 with its top left at (x, y). */
export function swatchShapes(swatch: Swatch, x: number, y: number): Shape[] {
  const [w, h] = [36, 18];
  if (swatch.kind === 'line') {
    const { stroke, width, dash, arrow } = swatch;
    return [{ kind: 'line', x1: x + 1, y1: y + h / 2, x2: x + w - 1, y2: y + h / 2, stroke, width, dash, arrow }];
  }
  if (swatch.kind === 'halo')
    return [
      { kind: 'rect', x: x + 4, y: y + 1, w: w - 8, h: h - 2, rx: 5, fill: 'none', stroke: swatch.stroke, width: 4 },
    ];
  const paint = { fill: swatch.fill, stroke: swatch.stroke, width: Math.min(swatch.width, 3), dash: swatch.dash };
  switch (swatch.shape) {
    case 'octagon':
      return [{ kind: 'polygon', points: octagonPoints(x + w / 2, y + h / 2, w - 4, h - 2), ...paint }];
    case 'tag':
      return [
        {
          kind: 'polygon',
          points: [
            [x + 2, y + 2],
            [x + w - 10, y + 2],
            [x + w - 2, y + h / 2],
            [x + w - 10, y + h - 2],
            [x + 2, y + h - 2],
          ],
          ...paint,
        },
      ];
    case 'band':
      return [
        { kind: 'rect', x, y: y + 2, w, h: h - 4, ...paint, width: 0, stroke: undefined },
        { kind: 'line', x1: x, y1: y + h - 2, x2: x + w, y2: y + h - 2, stroke: swatch.stroke, width: swatch.width },
      ];
    default: {
      const rounded = swatch.shape === 'round-rectangle' ? 5 : 0;
      const box: Shape = { kind: 'rect', x: x + 2, y: y + 1, w: w - 4, h: h - 2, rx: rounded, ...paint };
      if (!swatch.double) return [box];
      return [
        box,
        {
          kind: 'rect',
          x: x + 5,
          y: y + 4,
          w: w - 10,
          h: h - 8,
          rx: rounded,
          fill: 'none',
          stroke: swatch.stroke,
          width: 1,
        },
      ];
    }
  }
}

/** The legend as shapes: a heading, then a swatch and its words per entry (wrapped at `characters`); returns its height. */
export function legendShapes(
  entries: readonly LegendEntry[],
  x: number,
  y: number,
  size = 12,
  characters = Number.POSITIVE_INFINITY,
): { shapes: Shape[]; height: number } {
  const line = size * LINE_HEIGHT;
  const shapes: Shape[] = [
    { kind: 'text', x, y: y + 10, lines: ['Legend'], size: size + 1, weight: 'bold', anchor: 'start' },
  ];
  let top = y + 24;
  for (const entry of entries) {
    const lines = Number.isFinite(characters) ? wrap(entry.text, characters) : [entry.text];
    const row = Math.max(22, lines.length * line + 6);
    shapes.push({
      kind: 'group',
      cls: `legend-entry legend-${entry.key}`,
      data: { 'legend-key': entry.key },
      title: entry.text,
      shapes: [
        ...swatchShapes(entry.swatch, x, top),
        { kind: 'text', x: x + 46, y: top + 9 + ((lines.length - 1) * line) / 2, lines, size, anchor: 'start' },
      ],
    });
    top += row;
  }
  return { shapes, height: top - y };
}

function setDash(context: CanvasRenderingContext2D, dash: number[] | null | undefined): void {
  context.setLineDash(dash ?? []);
}

/** Paints the scene on a canvas (the PNG export), as the SVG draws it. */
export function paintScene(context: CanvasRenderingContext2D, scene: Scene): void {
  context.fillStyle = PALETTE.paper;
  context.fillRect(0, 0, scene.width, scene.height);
  paintShapes(context, scene.shapes);
}

/** Paints shapes on a canvas, as their SVG draws them. */
export function paintShapes(context: CanvasRenderingContext2D, shapes: readonly Shape[]): void {
  const paint = (shape: Shape): void => {
    switch (shape.kind) {
      case 'rect': {
        context.beginPath();
        context.roundRect(shape.x, shape.y, shape.w, shape.h, shape.rx ?? 0);
        if (shape.fill !== 'none') {
          context.fillStyle = shape.fill;
          context.fill();
        }
        if (shape.stroke !== undefined && shape.stroke !== 'none' && (shape.width ?? 1) > 0) {
          context.strokeStyle = shape.stroke;
          context.lineWidth = shape.width ?? 1;
          setDash(context, shape.dash);
          context.stroke();
        }
        return;
      }
      case 'line': {
        const body = shaft(shape);
        context.beginPath();
        context.moveTo(body.x1, body.y1);
        context.lineTo(body.x2, body.y2);
        context.strokeStyle = shape.stroke;
        context.lineWidth = shape.width;
        setDash(context, shape.dash);
        context.stroke();
        if (!shape.arrow) return;
        const [tip, left, right] = arrowHead(shape) as [[number, number], [number, number], [number, number]];
        context.beginPath();
        context.moveTo(...tip);
        context.lineTo(...left);
        context.lineTo(...right);
        context.closePath();
        context.fillStyle = shape.stroke;
        context.fill();
        return;
      }
      case 'polygon': {
        context.beginPath();
        shape.points.forEach(([x, y], index) => (index === 0 ? context.moveTo(x, y) : context.lineTo(x, y)));
        context.closePath();
        context.fillStyle = shape.fill;
        context.fill();
        context.strokeStyle = shape.stroke;
        context.lineWidth = shape.width;
        setDash(context, shape.dash);
        context.stroke();
        return;
      }
      case 'text': {
        context.font = `${shape.weight ?? 'normal'} ${shape.size}px sans-serif`;
        context.fillStyle = shape.fill ?? PALETTE.ink;
        context.textAlign = shape.anchor === 'start' ? 'left' : shape.anchor === 'end' ? 'right' : 'center';
        context.textBaseline = 'middle';
        const step = shape.size * LINE_HEIGHT;
        const top = shape.y - ((shape.lines.length - 1) * step) / 2;
        shape.lines.forEach((text, index) => context.fillText(text, shape.x, top + index * step));
        return;
      }
      case 'group':
        shape.shapes.forEach(paint);
        return;
    }
  };
  shapes.forEach(paint);
}

/** The scene as a PNG, at twice its size when the canvas allows. */
export function scenePng(scene: Scene): Promise<Blob> {
  return canvasPng(scene.width, scene.height, (context) => paintShapes(context, scene.shapes));
}

/** A PNG of a width × height drawing on paper, at twice its size when the canvas allows. */
export function canvasPng(
  width: number,
  height: number,
  draw: (context: CanvasRenderingContext2D) => void,
): Promise<Blob> {
  const scale = Math.max(0.25, Math.min(2, 16_000 / width, 16_000 / height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (context === null) return Promise.reject(new Error('this browser cannot draw a PNG'));
  context.scale(scale, scale);
  context.fillStyle = PALETTE.paper;
  context.fillRect(0, 0, width, height);
  draw(context);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob === null ? reject(new Error('the PNG could not be made')) : resolve(blob)),
      'image/png',
    ),
  );
}
