// Screen geometry for the camera controls and keyboard navigation, on plain points in viewport
// pixels (no sigma): the box that frames a set of points, whether any point is on screen, and
// the nearest point in an arrow key's direction.

export interface Point {
  x: number;
  y: number;
}

export interface Fit {
  /** Centre of the points, in viewport pixels. */
  centre: Point;
  /** Multiply the camera ratio by this so the points fill the viewport inside `padding`. */
  scale: number;
}

/** Smallest box (pixels) a fit frames, so one node is not zoomed in to fill the screen. */
const MIN_FIT_SPAN = 160;

/** How to move the camera so `points` fill a `width`×`height` viewport; null when none. */
export function fitPoints(
  points: readonly Point[],
  width: number,
  height: number,
  padding: number,
): Fit | null {
  if (points.length === 0 || width <= 0 || height <= 0) return null;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    if (p.x < minX) minX = p.x;
    if (p.x > maxX) maxX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.y > maxY) maxY = p.y;
  }
  const innerW = Math.max(1, width - 2 * padding);
  const innerH = Math.max(1, height - 2 * padding);
  const spanW = Math.max(maxX - minX, MIN_FIT_SPAN);
  const spanH = Math.max(maxY - minY, MIN_FIT_SPAN);
  return {
    centre: { x: (minX + maxX) / 2, y: (minY + maxY) / 2 },
    scale: Math.max(spanW / innerW, spanH / innerH),
  };
}

/** Whether any point lies inside the viewport (edges included). */
export function anyOnScreen(points: readonly Point[], width: number, height: number): boolean {
  return points.some((p) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height);
}

export type Direction = "left" | "right" | "up" | "down";

const AXES: Record<Direction, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/**
 * Index of the point nearest `from` in `direction` (within 45° of it), or -1. Distance along the
 * direction counts once, sideways drift twice, so the pick stays in the line the key points.
 */
export function nearestInDirection(
  points: readonly Point[],
  from: Point,
  direction: Direction,
): number {
  const axis = AXES[direction];
  let best = -1;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as Point;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * axis.x + dy * axis.y;
    const across = Math.abs(dx * axis.y - dy * axis.x);
    if (along <= 0 || across > along) continue;
    const cost = along + 2 * across;
    if (cost < bestCost) {
      bestCost = cost;
      best = i;
    }
  }
  return best;
}
