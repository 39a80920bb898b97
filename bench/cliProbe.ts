// Child process of the CLI case (cliCase.ts): runs the CLI's `main` on the given arguments as
// `npm run ingest` would, notes when each stage starts (from the progress lines it writes), and
// prints one JSON line: each stage's CPU time (the process's, worker threads included: on a
// shared machine wall time measures the other jobs too) and wall time, the whole run's, and
// the peak resident memory.
import { main } from "../src/cli/ingest";

const started = performance.now();
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const cpuStarted = cpuNow();
const stageStarts: { stage: string; at: number; cpu: number; rssMb: number }[] = [
  { stage: "read", at: 0, cpu: 0, rssMb: process.memoryUsage.rss() / 1e6 },
];
const STAGE_RE = /(?:^|\n)([a-z]+): \d+%/g;

const code = await main(process.argv.slice(2), {
  stdout: () => {},
  stderr: (text) => process.stderr.write(`${text}\n`),
  today: () => "2026-11-28",
  progress: {
    isTTY: false,
    write: (text) => {
      const at = performance.now() - started;
      const cpu = cpuNow() - cpuStarted;
      for (const m of text.matchAll(STAGE_RE)) {
        const stage = m[1] as string;
        if (stageStarts[stageStarts.length - 1]?.stage !== stage) {
          stageStarts.push({ stage, at, cpu, rssMb: process.memoryUsage.rss() / 1e6 });
        }
      }
    },
  },
});
const total = performance.now() - started;
const totalCpu = cpuNow() - cpuStarted;
const stages: Record<string, number> = {};
const stagesWall: Record<string, number> = {};
stageStarts.forEach((s, i) => {
  const next = stageStarts[i + 1];
  stages[s.stage] = (stages[s.stage] ?? 0) + ((next?.cpu ?? totalCpu) - s.cpu);
  stagesWall[s.stage] = (stagesWall[s.stage] ?? 0) + ((next?.at ?? total) - s.at);
});
process.stdout.write(
  `${JSON.stringify({
    code,
    wall_ms: total,
    cpu_ms: cpuNow(),
    max_rss_mb: process.resourceUsage().maxRSS / 1024,
    stages,
    stages_wall: stagesWall,
    rss_at_stage_start_mb: Object.fromEntries(stageStarts.map((s) => [s.stage, s.rssMb])),
  })}\n`,
);
