// Node labels that do not print over each other. sigma picks candidate labels with a grid (one
// per cell, biggest node first), adds every forced label, and draws them all wherever they fall,
// so in a dense cluster names run into each other. The placer collects the frame's labels and,
// once sigma's frame is drawn, places them by priority: forced labels first (the focused node's
// group, strongest link first, as ranked by graphReducers.ts), then the others by node size.
// Each goes right of its node, else left, (forced ones also below or above), wherever it
// overlaps no label already placed and is not cut by the canvas edge; a label with no free spot
// waits until the user zooms in.
// Each label has a halo in the stage's colour (canvasTheme.ts) so it stays readable over edges.
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { canvasColors } from "./canvasTheme";

/** Room around a label's text, and the gap between its node and its text (px). */
const PAD = 2;
const GAP = 3;
/** Forced labels outrank every other label whatever their node size. */
const FORCED = 1e6;

/**
 * Display data a node reducer may add: the forced label's rank (higher is placed first), and
 * `labelCard` for the hovered node, whose label sigma draws on a card on its hover layer.
 */
export interface LabelRank {
  labelPriority?: number;
  labelCard?: boolean;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Where a label's text starts (x) and its baseline (y). */
export interface Spot {
  x: number;
  y: number;
}

type LabelData = Parameters<NodeLabelDrawingFunction>[1] & LabelRank;

/** Candidate spots for a label of `width` × `fontSize` px: right, left, then below and above. */
export function labelSpots(
  node: { x: number; y: number; size: number },
  width: number,
  fontSize: number,
  all: boolean,
): Spot[] {
  const mid = node.y + fontSize / 3;
  const spots = [
    { x: node.x + node.size + GAP, y: mid },
    { x: node.x - node.size - GAP - width, y: mid },
  ];
  if (all) {
    spots.push(
      { x: node.x - width / 2, y: node.y + node.size + GAP + fontSize * 0.8 },
      { x: node.x - width / 2, y: node.y - node.size - GAP - fontSize * 0.25 },
    );
  }
  return spots;
}

/** The box a label's text covers at `spot`. */
export function spotBox(spot: Spot, width: number, fontSize: number): Box {
  return {
    x0: spot.x - PAD,
    y0: spot.y - fontSize * 0.95,
    x1: spot.x + width + PAD,
    y1: spot.y + fontSize * 0.3,
  };
}

/** The hover card's padding and the card's font weight (drawHover.ts draws it). */
const CARD_PAD_X = 5;
const CARD_PAD_Y = 3;
export const CARD_WEIGHT = "600";

/**
 * Where the hover card of a node goes: its text spot and the card's box, right of the node, or
 * left when the right side would leave the canvas (`maxX`, CSS px; Infinity for no limit).
 */
export function cardPlacement(
  node: { x: number; y: number; size: number },
  textWidth: number,
  fontSize: number,
  maxX: number,
): { spot: Spot; box: Box } {
  const h = fontSize + 2 * CARD_PAD_Y;
  let x = node.x + node.size + GAP + 2;
  if (x + textWidth + CARD_PAD_X > maxX) x = node.x - node.size - GAP - 2 - textWidth;
  const box = {
    x0: x - CARD_PAD_X,
    y0: node.y - h / 2,
    x1: x + textWidth + CARD_PAD_X,
    y1: node.y + h / 2,
  };
  return { spot: { x, y: node.y + fontSize / 3 }, box };
}

export interface Candidate {
  /** Spots to try, in order of preference. */
  spots: Spot[];
  width: number;
  fontSize: number;
  priority: number;
}

const inside = (b: Box, bounds: Box | null) =>
  bounds === null ||
  (b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1);

/**
 * Place labels: in order of priority (highest first, ties in input order), each at its first
 * spot that lies within `bounds` (the canvas; null for none) and overlaps neither a `taken` box
 * nor a label placed before. Returns, per candidate, its spot or null.
 */
export function placeLabels(
  candidates: Candidate[],
  bounds: Box | null = null,
  taken: Box[] = [],
): Array<Spot | null> {
  const placed = new BoxIndex();
  for (const box of taken) placed.add(box);
  const result: Array<Spot | null> = candidates.map(() => null);
  const order = candidates.map((_c, i) => i);
  order.sort((a, b) => (candidates[b]?.priority ?? 0) - (candidates[a]?.priority ?? 0) || a - b);
  for (const i of order) {
    const c = candidates[i] as Candidate;
    for (const spot of c.spots) {
      const box = spotBox(spot, c.width, c.fontSize);
      if (!inside(box, bounds) || placed.hits(box)) continue;
      placed.add(box);
      result[i] = spot;
      break;
    }
  }
  return result;
}

/**
 * Placed boxes bucketed on a coarse grid, so a check looks at its neighbourhood only: zoomed
 * into a big graph, a frame can hold thousands of candidate labels.
 */
class BoxIndex {
  private cells = new Map<string, Box[]>();
  private static readonly SIZE = 64;

  private keys(b: Box): string[] {
    const s = BoxIndex.SIZE;
    const out: string[] = [];
    for (let x = Math.floor(b.x0 / s); x <= Math.floor(b.x1 / s); x++) {
      for (let y = Math.floor(b.y0 / s); y <= Math.floor(b.y1 / s); y++) out.push(`${x},${y}`);
    }
    return out;
  }

  add(b: Box): void {
    for (const k of this.keys(b)) {
      const cell = this.cells.get(k);
      if (cell) cell.push(b);
      else this.cells.set(k, [b]);
    }
  }

  hits(b: Box): boolean {
    return this.keys(b).some((k) => this.cells.get(k)?.some((p) => overlaps(p, b)) ?? false);
  }
}

/** Distinct label texts whose widths are kept per font (a new network's replace an old one's). */
const MEASURED_TEXTS_MAX = 200_000;

/** The label font of `settings`, at `weight` (the labels' own by default; the hover card's). */
export function labelFont(settings: Settings, weight = settings.labelWeight): string {
  return `${weight} ${settings.labelSize}px ${settings.labelFont}`;
}

function drawHaloText(
  context: CanvasRenderingContext2D,
  text: string,
  spot: Spot,
  settings: Settings,
): void {
  context.lineJoin = "round";
  context.lineWidth = 3.5;
  context.strokeStyle = canvasColors().halo;
  context.strokeText(text, spot.x, spot.y);
  context.fillStyle = settings.labelColor.color ?? "#1f2328";
  context.fillText(text, spot.x, spot.y);
}

interface Pending extends Candidate {
  context: CanvasRenderingContext2D;
  text: string;
  settings: Settings;
}

/**
 * One placer per sigma instance: `draw` is the label drawing function (for every node program);
 * `begin` and `flush` must run on sigma's "beforeRender" and "afterRender". `reserved` gives the
 * canvas areas (CSS px) that panels floating over the graph cover, where a label would be hidden.
 */
export function createLabelPlacer(reserved: () => Box[] = () => []) {
  let pending: Pending[] = [];
  let cards: Box[] = [];
  // Widths by font, then text: a node's label and font stay the same from frame to frame, and
  // measuring text is most of a frame's label work when the camera moves.
  const widths = new Map<string, Map<string, number>>();
  const widthOf = (context: CanvasRenderingContext2D, font: string, text: string): number => {
    let byText = widths.get(font);
    if (byText === undefined) {
      byText = new Map();
      widths.set(font, byText);
    } else if (byText.size >= MEASURED_TEXTS_MAX) {
      byText.clear();
    }
    let width = byText.get(text);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(text).width;
      byText.set(text, width);
    }
    return width;
  };

  const draw: NodeLabelDrawingFunction = (context, data: LabelData, settings) => {
    if (!data.label) return;
    if (data.labelCard || data.highlighted) {
      // Drawn on a card on the hover layer: keep its place free, draw no second copy here.
      const width = widthOf(context, labelFont(settings as Settings, CARD_WEIGHT), data.label);
      const maxX = context.canvas?.clientWidth || Number.POSITIVE_INFINITY;
      cards.push(cardPlacement(data, width, settings.labelSize, maxX).box);
      return;
    }
    const width = widthOf(context, labelFont(settings as Settings), data.label);
    const forced = data.forceLabel === true;
    pending.push({
      context,
      text: data.label,
      settings: settings as Settings,
      width,
      fontSize: settings.labelSize,
      spots: labelSpots(data, width, settings.labelSize, forced),
      priority: forced ? FORCED + (data.labelPriority ?? 0) : data.size,
    });
  };

  const begin = () => {
    pending = [];
    cards = [];
  };

  const flush = () => {
    // A label cut by the canvas edge reads as broken: the canvas bounds count as taken space.
    const canvas = pending[0]?.context.canvas;
    const bounds =
      canvas && canvas.clientWidth > 0
        ? { x0: 0, y0: 0, x1: canvas.clientWidth, y1: canvas.clientHeight }
        : null;
    const spots = placeLabels(pending, bounds, [...cards, ...reserved()]);
    let context: CanvasRenderingContext2D | null = null;
    let font = "";
    pending.forEach((p, i) => {
      const spot = spots[i];
      if (!spot) return;
      const wanted = labelFont(p.settings);
      if (p.context !== context || wanted !== font) {
        context = p.context;
        font = wanted;
        context.font = font;
      }
      drawHaloText(p.context, p.text, spot, p.settings);
    });
    begin();
  };

  return { draw, begin, flush };
}
