// Play over the years: where the year window goes at each step. A window narrower than the
// data's span slides a year at a time; "grow" keeps its start and widens it a year at a time,
// so the network builds up as papers appear. Pure: the play controller applies each answer
// through the store's setYearRange (the filters' fast path), so a step costs what a filter does.

/** An inclusive year window. */
export interface YearWindow {
  from: number;
  to: number;
}

export type PlayMode = "slide" | "grow";

/** Years per second the window moves at, slowest first. */
export const PLAY_SPEEDS: readonly number[] = [0.5, 1, 2, 4];
export const DEFAULT_PLAY_SPEED = 1;

/** Milliseconds between steps at `speed` years per second. */
export function playInterval(speed: number): number {
  return Math.round(1000 / speed);
}

/** A window clamped into [min, max] (bounds swapped when reversed). */
export function clampWindow(window: YearWindow, min: number, max: number): YearWindow {
  const lo = Math.min(window.from, window.to);
  const hi = Math.max(window.from, window.to);
  const from = Math.max(min, Math.min(max, lo));
  return { from, to: Math.max(from, Math.min(max, hi)) };
}

/**
 * Where Play starts from the current window. Growing starts from the window's first year alone
 * (the whole span grows from the data's first year); sliding keeps the window's width. A window
 * already at the span's end starts over from the beginning.
 */
export function playStart(
  window: YearWindow,
  min: number,
  max: number,
  mode: PlayMode,
): YearWindow {
  const w = clampWindow(window, min, max);
  const atEnd = w.to >= max;
  if (mode === "grow") {
    if (atEnd && w.from > min) return { from: min, to: min };
    return { from: w.from, to: w.from };
  }
  if (!atEnd) return w;
  const width = w.to - w.from;
  // A window over the whole span has nowhere to slide: start from a one-year window.
  if (w.from <= min) return { from: min, to: min };
  return { from: min, to: min + width };
}

/**
 * The window after one step, or null when playing ends (the window reached the span's end and
 * `loop` is off). Looping starts over where `start` (the window Play began with) started.
 */
export function playStep(
  window: YearWindow,
  min: number,
  max: number,
  mode: PlayMode,
  loop: boolean,
  start: YearWindow = window,
): YearWindow | null {
  const w = clampWindow(window, min, max);
  if (w.to >= max) {
    if (!loop) return null;
    const first = clampWindow(start, min, max);
    return mode === "grow"
      ? { from: first.from, to: first.from }
      : { from: min, to: Math.min(max, min + (w.to - w.from)) };
  }
  return mode === "grow" ? { from: w.from, to: w.to + 1 } : { from: w.from + 1, to: w.to + 1 };
}

/** Play's controls, kept in the store (never in the URL: a link never starts playing). */
export interface PlayState {
  playing: boolean;
  /** Years per second (PLAY_SPEEDS). */
  speed: number;
  loop: boolean;
  mode: PlayMode;
  /** The window Play began with (where a loop starts over); null while stopped. */
  start: YearWindow | null;
}

export const INITIAL_PLAY: PlayState = {
  playing: false,
  speed: DEFAULT_PLAY_SPEED,
  loop: false,
  mode: "grow",
  start: null,
};
