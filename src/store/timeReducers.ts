// Reducers for time and appearance: Play over the years, colour and size modes, and the
// betweenness values computed for a graph. Pure `(state, ...args) => state` like ./reducers.ts;
// Play moves the year window through ./reducers.ts's setYearRange, so a step is an ordinary
// filter change (one visibility pass, the GPU hides the rest) and never touches the camera.
import type { FilterIndex } from "../filters/filterIndex";
import {
  clampWindow,
  PLAY_SPEEDS,
  type PlayMode,
  playStart,
  playStep,
  type YearWindow,
} from "../filters/playback";
import { COLOR_MODES, type ColorMode, SIZE_MODES, type SizeMode } from "../model/viewState";
import { type AtlasState, setYearRange } from "./reducers";

/** The view's year window with open ends filled in from the data's span; null with no papers. */
export function currentWindow(state: AtlasState): YearWindow | null {
  const index = state.index;
  if (!index || index.paperCount === 0) return null;
  return clampWindow(
    { from: state.view.from ?? index.yearMin, to: state.view.to ?? index.yearMax },
    index.yearMin,
    index.yearMax,
  );
}

function moveTo(state: AtlasState, window: YearWindow): AtlasState {
  return setYearRange(state, window.from, window.to);
}

/** Start playing from the current window (see playback.playStart). */
export function startPlay(state: AtlasState): AtlasState {
  const window = currentWindow(state);
  const index = state.index;
  if (window === null || index === null || index.yearMax <= index.yearMin) return state;
  const start = playStart(window, index.yearMin, index.yearMax, state.play.mode);
  return moveTo({ ...state, play: { ...state.play, playing: true, start } }, start);
}

/** One step of Play (also the "next year" button while paused); stops at the end unless looping. */
export function stepPlay(state: AtlasState): AtlasState {
  const window = currentWindow(state);
  const index = state.index;
  if (window === null || index === null) return state;
  const start = state.play.start ?? window;
  const next = playStep(
    window,
    index.yearMin,
    index.yearMax,
    state.play.mode,
    state.play.loop,
    start,
  );
  if (next === null) return pausePlay(state);
  return moveTo(state, next);
}

export function pausePlay(state: AtlasState): AtlasState {
  if (!state.play.playing) return state;
  return { ...state, play: { ...state.play, playing: false } };
}

export function setPlaySpeed(state: AtlasState, speed: number): AtlasState {
  if (!PLAY_SPEEDS.includes(speed) || state.play.speed === speed) return state;
  return { ...state, play: { ...state.play, speed } };
}

export function setPlayLoop(state: AtlasState, loop: boolean): AtlasState {
  return state.play.loop === loop ? state : { ...state, play: { ...state.play, loop } };
}

export function setPlayMode(state: AtlasState, mode: PlayMode): AtlasState {
  if ((mode !== "grow" && mode !== "slide") || state.play.mode === mode) return state;
  return { ...state, play: { ...state.play, mode, start: null } };
}

/** Colour nodes and links by cluster, first collaboration year or category (URL `color`). */
export function setColorMode(state: AtlasState, color: ColorMode): AtlasState {
  if (!COLOR_MODES.includes(color) || state.view.color === color) return state;
  return { ...state, view: { ...state.view, color } };
}

/** Size authors by papers, coauthor links or betweenness (URL `size`). */
export function setSizeMode(state: AtlasState, size: SizeMode): AtlasState {
  if (!SIZE_MODES.includes(size) || state.view.size === size) return state;
  return { ...state, view: { ...state.view, size } };
}

/** Betweenness for `index` is being computed (a no-op when it already is, or is known). */
export function betweennessStarted(state: AtlasState, index: FilterIndex): AtlasState {
  if (state.index !== index || state.betweenness?.index === index) return state;
  return { ...state, betweenness: { index, values: null, status: "computing" } };
}

/** Betweenness for `index` arrived (null: it failed); ignored when the graph changed since. */
export function betweennessDone(
  state: AtlasState,
  index: FilterIndex,
  values: Float64Array | null,
): AtlasState {
  if (state.index !== index) return state;
  return {
    ...state,
    betweenness: { index, values, status: values === null ? "error" : "ready" },
  };
}
