// Year range over a papers-per-year histogram that is also a brush: drag across the bars to pick
// a window, drag the window to move it, drag its edges to resize it; with the keyboard the window
// moves with the arrow keys (Shift+arrows widen or narrow it from its end) and the two range
// inputs below set each end. Bars show all papers and those left by the other filters, greyed
// outside the window. Play (./PlayControls.tsx) steps the window through the years.
import { type KeyboardEvent, type PointerEvent, useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import { atlasStore } from "../store/atlasStore";
import { FilterHead } from "./FilterHead";
import { PlayControls } from "./PlayControls";
import "./time.css";
import { useAtlasStore } from "./stores";

/** The histogram's side padding (app.css), where the bars start and end. */
const BRUSH_INSET = 7;

type Drag =
  | { kind: "new"; anchor: number }
  | { kind: "move"; grab: number; from: number; to: number }
  | { kind: "from" }
  | { kind: "to" };

export function YearRangeFilter() {
  const { yearMin, yearMax } = useAtlasStore(
    useShallow((s) => ({ yearMin: s.index?.yearMin ?? 0, yearMax: s.index?.yearMax ?? -1 })),
  );
  const { from, to } = useAtlasStore(useShallow((s) => ({ from: s.view.from, to: s.view.to })));
  const histogram = useAtlasStore((s) => s.visibility?.histogram);
  const resetFilter = useAtlasStore((s) => s.resetFilter);
  const drag = useRef<Drag | null>(null);
  const track = useRef<HTMLDivElement | null>(null);

  if (!histogram || yearMax < yearMin) return null;
  const lo = Math.max(yearMin, Math.min(yearMax, from ?? yearMin));
  const hi = Math.max(lo, Math.min(yearMax, to ?? yearMax));
  const peak = Math.max(1, ...histogram.map((b) => b.total));
  const years = yearMax - yearMin + 1;
  const span = Math.max(1, yearMax - yearMin);
  // Open ends stay null so a link does not pin years the data may later extend. A change by
  // hand stops Play: the user took the window.
  const apply = (a: number, b: number) => {
    const store = atlasStore.getState();
    store.pausePlay();
    const x = Math.max(yearMin, Math.min(yearMax, Math.min(a, b)));
    const y = Math.max(yearMin, Math.min(yearMax, Math.max(a, b)));
    store.setYearRange(x <= yearMin ? null : x, y >= yearMax ? null : y);
  };
  const active = from !== null || to !== null;

  /** The year under a pointer's x over the histogram. */
  const yearAt = (clientX: number) => {
    const rect = track.current?.getBoundingClientRect();
    const width = (rect?.width ?? 0) - 2 * BRUSH_INSET;
    if (!rect || width <= 0) return yearMin;
    const k = Math.floor(((clientX - rect.left - BRUSH_INSET) / width) * years);
    return yearMin + Math.max(0, Math.min(years - 1, k));
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const target = e.target as HTMLElement;
    const year = yearAt(e.clientX);
    const handle = target.dataset.handle;
    if (handle === "from") drag.current = { kind: "from" };
    else if (handle === "to") drag.current = { kind: "to" };
    else if (target.closest(".brush-window") && active) {
      drag.current = { kind: "move", grab: year, from: lo, to: hi };
    } else {
      drag.current = { kind: "new", anchor: year };
      apply(year, year);
    }
    e.currentTarget.setPointerCapture(e.pointerId);
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d === null) return;
    const year = yearAt(e.clientX);
    if (d.kind === "new") apply(d.anchor, year);
    else if (d.kind === "from") apply(Math.min(year, hi), hi);
    else if (d.kind === "to") apply(lo, Math.max(year, lo));
    else {
      const width = d.to - d.from;
      const start = Math.max(yearMin, Math.min(yearMax - width, d.from + year - d.grab));
      apply(start, start + width);
    }
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) {
      e.currentTarget.releasePointerCapture(e.pointerId);
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const width = hi - lo;
    let next: [number, number] | null = null;
    if (e.key === "ArrowLeft" || e.key === "ArrowDown") {
      if (e.shiftKey) next = [lo, Math.max(lo, hi - 1)];
      else if (lo > yearMin) next = [lo - 1, hi - 1];
    } else if (e.key === "ArrowRight" || e.key === "ArrowUp") {
      if (e.shiftKey) next = [lo, Math.min(yearMax, hi + 1)];
      else if (hi < yearMax) next = [lo + 1, hi + 1];
    } else if (e.key === "Home") next = [yearMin, yearMin + width];
    else if (e.key === "End") next = [yearMax - width, yearMax];
    if (next === null) return;
    e.preventDefault();
    apply(next[0], next[1]);
  };
  const label = lo === hi ? String(lo) : `${lo} – ${hi}`;

  return (
    <section className="filter" aria-labelledby="filter-years">
      <FilterHead
        id="filter-years"
        title="Years"
        active={active}
        onReset={() => {
          atlasStore.getState().pausePlay();
          resetFilter("years");
        }}
        resetLabel="Reset years"
      >
        <span className="filter-value" data-testid="year-window">
          {label}
        </span>
      </FilterHead>
      <div
        className="brush"
        ref={track}
        data-testid="year-brush"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <div className="histogram" aria-hidden="true">
          {histogram.map((bin) => (
            <div
              key={bin.year}
              className={bin.inRange ? "bar" : "bar out"}
              title={`${bin.year}: ${bin.visible} of ${bin.total} papers`}
            >
              <div className="bar-total" style={{ height: `${(bin.total / peak) * 100}%` }} />
              <div className="bar-visible" style={{ height: `${(bin.visible / peak) * 100}%` }} />
            </div>
          ))}
        </div>
        {/* The window: a slider over the years (arrows move it, Shift+arrows resize it). */}
        <div
          className={active ? "brush-window" : "brush-window all"}
          role="slider"
          tabIndex={0}
          aria-label="Year window: arrows move it, Shift with arrows widens or narrows it"
          aria-valuemin={yearMin}
          aria-valuemax={yearMax}
          aria-valuenow={lo}
          aria-valuetext={label}
          onKeyDown={onKeyDown}
          style={{
            left: `calc(${BRUSH_INSET}px + (100% - ${2 * BRUSH_INSET}px) * ${(lo - yearMin) / years})`,
            width: `calc((100% - ${2 * BRUSH_INSET}px) * ${(hi - lo + 1) / years})`,
          }}
        >
          <span className="brush-handle from" data-handle="from" aria-hidden="true" />
          <span className="brush-handle to" data-handle="to" aria-hidden="true" />
        </div>
      </div>
      <div className="range">
        <div
          className="range-fill"
          style={{
            left: `${((lo - yearMin) / span) * 100}%`,
            right: `${((yearMax - hi) / span) * 100}%`,
          }}
        />
        <input
          type="range"
          min={yearMin}
          max={yearMax}
          step={1}
          value={lo}
          aria-label="From year"
          aria-valuetext={String(lo)}
          onChange={(e) => apply(Math.min(Number(e.currentTarget.value), hi), hi)}
        />
        <input
          type="range"
          min={yearMin}
          max={yearMax}
          step={1}
          value={hi}
          aria-label="To year"
          aria-valuetext={String(hi)}
          onChange={(e) => apply(lo, Math.max(Number(e.currentTarget.value), lo))}
        />
      </div>
      <div className="range-ends" aria-hidden="true">
        <span>{yearMin}</span>
        <span>{yearMax}</span>
      </div>
      {yearMax > yearMin && <PlayControls />}
    </section>
  );
}
