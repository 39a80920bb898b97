// Play's step as a filter-latency case: the year window set to the first year, then Play's
// store action (stepPlay: one more year, as the play controller runs it each tick) several
// times, then back to all years. Only the steps of Play are timed, against the bare sigma page
// showing the same visibility; the goal is the filter-latency goal (filterCase.ts).
import type { FilterVariant } from "./filterCase";
import type { Step } from "./inPage";

/** Timed Play steps per pass. */
export const PLAY_STEPS_PER_PASS = 4;

export const PLAY_STEP_VARIANT: FilterVariant = {
  group: "play-step",
  steps: ({ yearMin }) => [
    { action: "setYearRange", args: [yearMin, yearMin] },
    ...Array.from({ length: PLAY_STEPS_PER_PASS }, (): Step => ({ action: "stepPlay", args: [] })),
    { action: "clearFilters", args: [] },
  ],
  timed: (step) => step.action === "stepPlay",
  note: "play-step: setYearRange(first year), then stepPlay x4 (timed), then clearFilters; Play grows the window a year per step",
};
