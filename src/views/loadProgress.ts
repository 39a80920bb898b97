// Progress of an ingestion as the user sees it: the pipeline's stages (read, parse, enrich,
// cluster, layout) in order, each with its share of the bar, so the bar moves forward through
// the whole load instead of restarting with each stage. Pure.

export interface LoadStep {
  /** Stage names the pipeline reports that belong to this step. */
  stages: readonly string[];
  label: string;
  /** Share of the whole bar (the steps' shares add up to 1). */
  share: number;
}

/** In order. Layout takes most of the time on large inputs, reading and parsing on small ones. */
export const LOAD_STEPS: readonly LoadStep[] = [
  { stages: ["read"], label: "Read", share: 0.1 },
  { stages: ["parse"], label: "Parse", share: 0.2 },
  { stages: ["enrich"], label: "Enrich", share: 0.15 },
  { stages: ["graph", "clusters"], label: "Cluster", share: 0.15 },
  { stages: ["layout"], label: "Layout", share: 0.4 },
];

export interface ProgressView {
  /** What is happening now, in words. */
  title: string;
  /** 0..1 over the whole load; null while nothing is measured yet (the bar then runs). */
  overall: number | null;
  /** Index of the current step in LOAD_STEPS, or -1 for a load without steps. */
  step: number;
}

const clamp = (x: number) => Math.max(0, Math.min(1, Number.isFinite(x) ? x : 0));

/** Describe `stage` at `fraction` (of that stage). Unknown stages are shown as their own words. */
export function describeProgress(stage: string, fraction: number): ProgressView {
  const step = LOAD_STEPS.findIndex((s) => s.stages.includes(stage));
  if (step < 0) {
    const f = clamp(fraction);
    return { title: stage, overall: f > 0 ? f : null, step: -1 };
  }
  let before = 0;
  for (let i = 0; i < step; i++) before += (LOAD_STEPS[i] as LoadStep).share;
  const current = LOAD_STEPS[step] as LoadStep;
  // Steps with two stages (graph, then clusters) split their share between them.
  const part = current.stages.indexOf(stage);
  const within = (part + clamp(fraction)) / current.stages.length;
  const overall = before + current.share * within;
  return {
    title: `${current.label}: step ${step + 1} of ${LOAD_STEPS.length}`,
    overall: overall > 0 ? overall : null,
    step,
  };
}
