/**
 * Where a radar chart's axis labels go, so that every label stays whole and inside the drawing at any width:
 * labels wrap onto two lines at a space, a label that still does not fit falls back to its short title, and the
 * chart's radius and centre follow from the space the labels leave. Pure geometry, no DOM: text widths come from
 * the `measure` function the caller passes (a canvas in the browser, an estimate in tests).
 */

/** One axis label: the full title and the one word that stands in for it when space is short. */
export type RadarLabelText = { full: string; short: string };

export type RadarLabelAnchor = 'start' | 'middle' | 'end';

/** How one axis label is set: its lines, where they are anchored, and the box they take up. */
export type RadarLabel = {
  lines: string[];
  /** The x where each line is anchored (`anchor` says which end of the line that is). */
  x: number;
  /** The vertical centre of each line. */
  ys: number[];
  anchor: RadarLabelAnchor;
  /** True when the short title stands in for the full one. */
  short: boolean;
  box: { left: number; right: number; top: number; bottom: number };
};

export type RadarLayout = {
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  fontSize: number;
  lineHeight: number;
  labels: RadarLabel[];
};

export type RadarLayoutOptions = {
  width: number;
  /** The preferred font size of the labels, in px; it only shrinks (down to 9 px) if nothing else fits. */
  fontSize: number;
  /** The width of a text set at `fontSize`, in px. */
  measure: (text: string) => number;
  /** Line height as a multiple of the font size. */
  lineHeight?: number;
  /** Space between the outer ring and a label, in px. */
  gap?: number;
  /** Space kept free along the edges of the drawing, in px. */
  padding?: number;
  /** The radius, as a share of the width, that is worth shortening labels for. */
  targetShare?: number;
  /** The largest radius, as a share of the width. */
  maxShare?: number;
  /** Where the first axis points, in degrees (90 is straight up); the others follow clockwise, as recharts draws them. */
  startAngle?: number;
};

type Shape = { lines: string[]; width: number };
type Axis = { cos: number; sin: number; anchor: RadarLabelAnchor };

const EPS = 1e-6;
const MIN_FONT = 9;

/** The ways to set a text on one line or on two, split at a space; a title joined by «&» splits only around it. */
function wrapOptions(text: string, measure: (t: string) => number): Shape[] {
  const words = text.split(/\s+/).filter(Boolean);
  const options: Shape[] = [{ lines: [words.join(' ')], width: measure(words.join(' ')) }];
  const ampersand = words.indexOf('&');
  for (let cut = 1; cut < words.length; cut++) {
    if (ampersand > 0 && cut !== ampersand && cut !== ampersand + 1) continue;
    const lines = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
    options.push({ lines, width: Math.max(...lines.map(measure)) });
  }
  return options;
}

/** The narrowest way to set the text; a label above or below the chart keeps one line when that fits. */
function chooseShape(options: Shape[], axis: Axis, room: number): Shape {
  if (axis.anchor === 'middle' && options[0]!.width <= room) return options[0]!;
  return options.reduce((best, o) => (o.width < best.width - EPS ? o : best));
}

/** The horizontal extent of a label relative to the centre, at distance `reach` from it. */
function horizontal(axis: Axis, reach: number, width: number): [number, number] {
  const x = axis.cos * reach;
  if (axis.anchor === 'start') return [x, x + width];
  if (axis.anchor === 'end') return [x - width, x];
  return [x - width / 2, x + width / 2];
}

/** The top of a label's block of lines relative to the centre: above the point at the top, below it at the bottom. */
function blockTop(axis: Axis, reach: number, lines: number, lineHeight: number): number {
  const y = -axis.sin * reach;
  if (axis.sin > 0.5 + EPS) return y - lines * lineHeight;
  if (axis.sin < -0.5 - EPS) return y;
  return y - (lines * lineHeight) / 2;
}

/**
 * The largest radius at which the ring and every label fit between the edges, with the centre that allows it;
 * null when not even a point-sized chart leaves room for the labels.
 */
function solve(axes: Axis[], shapes: Shape[], width: number, gap: number, padding: number, maxRadius: number) {
  const bounds = (radius: number) => {
    let lo = padding;
    let hi = width - padding;
    axes.forEach((axis, i) => {
      const [ringLeft, ringRight] = horizontal({ ...axis, anchor: 'middle' }, radius, 0);
      const [left, right] = horizontal(axis, radius + gap, shapes[i]!.width);
      lo = Math.max(lo, padding - Math.min(left, ringLeft));
      hi = Math.min(hi, width - padding - Math.max(right, ringRight));
    });
    return { lo, hi };
  };
  if (bounds(0).lo > bounds(0).hi + EPS) return null;
  let low = 0;
  let high = maxRadius;
  if (bounds(high).lo <= bounds(high).hi) low = high;
  for (let step = 0; step < 40 && high - low > 0.05; step++) {
    const mid = (low + high) / 2;
    const { lo, hi } = bounds(mid);
    if (lo <= hi) low = mid;
    else high = mid;
  }
  const { lo, hi } = bounds(low);
  return { radius: low, cx: (lo + hi) / 2 };
}

type Forced = { narrow: Set<number>; short: Set<number> };

function compute(labels: RadarLabelText[], options: RadarLayoutOptions, forced: Forced): RadarLayout {
  const { measure } = options;
  const width = Number.isFinite(options.width) ? Math.max(0, options.width) : 0;
  const lineHeightFactor = options.lineHeight ?? 1.2;
  const gap = options.gap ?? 6;
  const padding = options.padding ?? 2;
  const target = (options.targetShare ?? 0.27) * width;
  const maxRadius = (options.maxShare ?? 0.36) * width;
  const start = options.startAngle ?? 90;
  const axes: Axis[] = labels.map((_, i) => {
    const angle = ((start - (360 / labels.length) * i) * Math.PI) / 180;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    return { cos, sin, anchor: cos > 0.01 ? 'start' : cos < -0.01 ? 'end' : 'middle' };
  });

  let fontSize = options.fontSize;
  let shortened = labels.map(() => false);
  let shapes: Shape[] = [];
  let best: { radius: number; cx: number } | null = null;
  for (; fontSize >= MIN_FONT; fontSize--) {
    const scale = fontSize / options.fontSize;
    const scaled = (text: string) => measure(text) * scale;
    const room = (i: number) => (forced.narrow.has(i) ? 0 : width - 2 * padding);
    const variants = labels.map((label, i) => ({
      full: chooseShape(wrapOptions(label.full, scaled), axes[i]!, room(i)),
      short: chooseShape(wrapOptions(label.short, scaled), axes[i]!, room(i)),
    }));
    const shapesFor = (useShort: boolean[]) => variants.map((v, i) => (useShort[i] ? v.short : v.full));
    shortened = labels.map((_, i) => forced.short.has(i));
    best = solve(axes, shapesFor(shortened), width, gap, padding, maxRadius);
    // Shorten one label at a time, always the one that gains the most room, until the chart is large enough.
    while (!best || best.radius < target) {
      let pick: { index: number; result: { radius: number; cx: number } } | null = null;
      for (const [i, label] of labels.entries()) {
        if (shortened[i] || label.short === label.full) continue;
        const trial = shortened.map((s, j) => s || j === i);
        const result = solve(axes, shapesFor(trial), width, gap, padding, maxRadius);
        if (result && result.radius > (pick?.result.radius ?? best?.radius ?? -1) + 0.5) pick = { index: i, result };
      }
      if (!pick && !best) {
        // Nothing fits yet, and no single label decides it: shorten the widest one and look again.
        const current = shapesFor(shortened);
        const widest = labels
          .map((label, i) => ({ i, width: current[i]!.width, can: !shortened[i] && label.short !== label.full }))
          .filter((c) => c.can)
          .sort((a, b) => b.width - a.width)[0];
        if (!widest) break;
        shortened = shortened.map((s, j) => s || j === widest.i);
        continue;
      }
      if (!pick) break;
      const chosen = pick.index;
      shortened = shortened.map((s, j) => s || j === chosen);
      best = pick.result;
    }
    shapes = shapesFor(shortened);
    if (best) break;
  }
  fontSize = Math.max(fontSize, MIN_FONT);
  const { radius, cx } = best ?? { radius: 0, cx: width / 2 };
  const lineHeight = Math.round(fontSize * lineHeightFactor * 10) / 10;
  const reach = radius + gap;

  const placed = axes.map((axis, i) => {
    const shape = shapes[i] ?? { lines: [labels[i]!.full], width: 0 };
    const [left, right] = horizontal(axis, reach, shape.width);
    const top = blockTop(axis, reach, shape.lines.length, lineHeight);
    return { axis, shape, left, right, top, bottom: top + shape.lines.length * lineHeight };
  });
  const ringTop = Math.min(...axes.map((a) => -a.sin * radius));
  const ringBottom = Math.max(...axes.map((a) => -a.sin * radius));
  const top = Math.min(ringTop, ...placed.map((p) => p.top));
  const bottom = Math.max(ringBottom, ...placed.map((p) => p.bottom));
  const cy = padding - top;
  const height = Math.ceil(cy + bottom + padding);

  return {
    width,
    height,
    cx,
    cy,
    radius,
    fontSize,
    lineHeight,
    labels: placed.map((p, i) => ({
      lines: p.shape.lines,
      x: cx + p.axis.cos * reach,
      ys: p.shape.lines.map((_, line) => cy + p.top + (line + 0.5) * lineHeight),
      anchor: p.axis.anchor,
      short: shortened[i] ?? false,
      box: { left: cx + p.left, right: cx + p.right, top: cy + p.top, bottom: cy + p.bottom },
    })),
  };
}

const overlap = (a: RadarLabel['box'], b: RadarLabel['box']) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Lays out a radar chart of `labels.length` axes in a drawing `width` px wide; the height follows. Never throws. */
export function layoutRadar(labels: RadarLabelText[], options: RadarLayoutOptions): RadarLayout {
  const width = Number.isFinite(options.width) ? Math.max(0, options.width) : 0;
  if (labels.length === 0 || width === 0) {
    return { width, height: width, cx: width / 2, cy: width / 2, radius: 0, fontSize: options.fontSize, lineHeight: options.fontSize * 1.2, labels: [] };
  }
  // The search sets the same texts again and again (every font size, every retry): each is measured once.
  const widths = new Map<string, number>();
  const measure = (text: string) => {
    let known = widths.get(text);
    if (known === undefined) widths.set(text, (known = options.measure(text)));
    return known;
  };
  const measured = { ...options, measure };
  const forced: Forced = { narrow: new Set(), short: new Set() };
  let layout = compute(labels, measured, forced);
  // Two labels that meet (a wide title at the top beside its neighbour): wrap the top one, or shorten the wider one.
  for (let round = 0; round < labels.length * 2; round++) {
    let pair: [number, number] | null = null;
    for (let i = 0; i < layout.labels.length && !pair; i++) {
      for (let j = i + 1; j < layout.labels.length && !pair; j++) {
        if (overlap(layout.labels[i]!.box, layout.labels[j]!.box)) pair = [i, j];
      }
    }
    if (!pair) break;
    const [a, b] = pair.map((i) => ({ i, label: layout.labels[i]! }));
    const wrappable = [a!, b!].find((x) => x.label.anchor === 'middle' && x.label.lines.length === 1 && !forced.narrow.has(x.i));
    const shortenable = [a!, b!]
      .filter((x) => !x.label.short && labels[x.i]!.short !== labels[x.i]!.full)
      .sort((x, y) => y.label.box.right - y.label.box.left - (x.label.box.right - x.label.box.left))[0];
    if (wrappable) forced.narrow.add(wrappable.i);
    else if (shortenable) forced.short.add(shortenable.i);
    else break;
    layout = compute(labels, measured, forced);
  }
  return layout;
}
