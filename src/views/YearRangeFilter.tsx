// Year range over a papers-per-year histogram: two native range inputs share one track (so both
// thumbs are keyboard-usable and labelled), bars show all papers and those left by the other
// filters, greyed outside the chosen range.
import { useShallow } from "zustand/react/shallow";
import { useAtlasStore } from "../store/atlasStore";
import { FilterHead } from "./FilterHead";

export function YearRangeFilter() {
  const { yearMin, yearMax } = useAtlasStore(
    useShallow((s) => ({ yearMin: s.index?.yearMin ?? 0, yearMax: s.index?.yearMax ?? -1 })),
  );
  const { from, to } = useAtlasStore(useShallow((s) => ({ from: s.view.from, to: s.view.to })));
  const histogram = useAtlasStore((s) => s.visibility?.histogram);
  const setYearRange = useAtlasStore((s) => s.setYearRange);
  const resetFilter = useAtlasStore((s) => s.resetFilter);

  if (!histogram || yearMax < yearMin) return null;
  const lo = Math.max(yearMin, Math.min(yearMax, from ?? yearMin));
  const hi = Math.max(lo, Math.min(yearMax, to ?? yearMax));
  const peak = Math.max(1, ...histogram.map((b) => b.total));
  const span = Math.max(1, yearMax - yearMin);
  // Open ends stay null so a link does not pin years the data may later extend.
  const apply = (a: number, b: number) =>
    setYearRange(a <= yearMin ? null : a, b >= yearMax ? null : b);
  const active = from !== null || to !== null;

  return (
    <section className="filter" aria-labelledby="filter-years">
      <FilterHead
        id="filter-years"
        title="Years"
        active={active}
        onReset={() => resetFilter("years")}
        resetLabel="Reset years"
      >
        <span className="filter-value">{lo === hi ? lo : `${lo} – ${hi}`}</span>
      </FilterHead>
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
    </section>
  );
}
