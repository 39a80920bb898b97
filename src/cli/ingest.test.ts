// Tests for `npm run ingest`: main() in a temporary directory for speed, plus one real child
// process. Failures must leave the output file absent (or unchanged) and print one line;
// progress goes to its own sink (stderr), never into stdout or the file.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../graph/schema";
import { type CliIo, main } from "./ingest";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const PROFILE = join(repo, "data/profiles/jiaming-song.txt");
const BIB = join(repo, "data/bib/jiaming-song.bib");
const dir = mkdtempSync(join(tmpdir(), "atlas-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** main() with captured output; `progress` gives it a progress sink (a log, or a terminal). */
async function run(argv: string[], progress?: { isTTY: boolean }) {
  const out: string[] = [];
  const err: string[] = [];
  let shown = "";
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: dir,
    today: () => "2026-11-28",
    progress: progress && { isTTY: progress.isTTY, write: (t) => (shown += t) },
  };
  const code = await main(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n"), errLines: err, progress: shown };
}

describe("ingest CLI (main)", () => {
  it("writes the graph JSON and prints the summary", async () => {
    const r = await run(["--bib", BIB, "--out", "g.json", PROFILE]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toMatch(/^Ingested 1 profile \(Jiaming Song, 50 papers\)/);
    const graph = JSON.parse(readFileSync(join(dir, "g.json"), "utf8"));
    expect(graph.attributes.schemaVersion).toBe(SCHEMA_VERSION);
    expect(graph.attributes.asOf).toBe("2026-11-28");
    expect(graph.nodes.filter((n: { key: string }) => n.key.startsWith("paper:"))).toHaveLength(50);
    // The default as-of is today (from io.today); the same input gives the same bytes.
    expect(
      (await run(["--bib", BIB, "--out", "g2.json", "--as-of", "2026-11-28", PROFILE])).code,
    ).toBe(0);
    expect(readFileSync(join(dir, "g2.json"), "utf8")).toBe(
      readFileSync(join(dir, "g.json"), "utf8"),
    );
  });

  it("honours --cap and --seed", async () => {
    const argv = ["--bib", BIB, "--as-of", "2026-11-28", PROFILE];
    expect((await run([...argv, "--cap", "30", "--seed", "9", "--out", "cap.json"])).code).toBe(0);
    const graph = JSON.parse(readFileSync(join(dir, "cap.json"), "utf8"));
    expect(graph.attributes.hyperauthorCap).toBe(30);
    const base = JSON.parse(readFileSync(join(dir, "g.json"), "utf8"));
    const place = (g: { nodes: { attributes: { x: number } }[] }) =>
      g.nodes.map((n) => n.attributes.x);
    expect(place(graph)).not.toEqual(place(base));
  });

  it("prints merges and namesake flags, one line each, and applies --identities", async () => {
    const r = await run(["--bib", BIB, "--as-of", "2026-11-28", "--out", "id.json", PROFILE]);
    const lines = r.out.split("\n");
    expect(lines.filter((l) => l.startsWith("merged: "))).toEqual([
      expect.stringMatching(
        /^merged: author:jason-jinquan-dai: Jason Jinquan Dai = Jason Dai \(score 1\.9: /,
      ),
    ]);
    expect(lines.filter((l) => l.startsWith("namesake: ")).map((l) => l.split(":")[2])).toEqual([
      "bigdl-2-0-seamless-scaling-of-ai-pipelines-from-laptops-to-distributed-cluster",
      "engagement-process-rethinking-the-temporal-interface-of-action-and-observation",
      "saber-switchable-and-balanced-training-for-efficient-llm-reasoning",
    ]);
    // The decisions a user saved: split Jason Dai, keep SABER; the next ingest follows them.
    const decisions = writeIn(
      "identities.json",
      JSON.stringify({
        format: "coauthor-atlas-identities",
        version: 1,
        split: [["Jason Dai", "Jason Jinquan Dai"]],
        keep: ["paper:saber-switchable-and-balanced-training-for-efficient-llm-reasoning"],
      }),
    );
    const again = await run([
      "--bib",
      BIB,
      "--identities",
      decisions,
      "--as-of",
      "2026-11-28",
      "--out",
      "id2.json",
      PROFILE,
    ]);
    expect(again.code).toBe(0);
    expect(again.out).not.toMatch(/^merged: /m);
    expect(again.out).not.toMatch(/^namesake: paper:saber/m);
    const graph = JSON.parse(readFileSync(join(dir, "id2.json"), "utf8"));
    const keys = graph.nodes.map((n: { key: string }) => n.key);
    expect(keys).toContain("author:jason-dai");
    expect(graph.attributes.report.identity.decisions.keep).toHaveLength(1);
  });

  it("refuses a bad identities file with one line naming the file and the line", async () => {
    const bad = writeIn(
      "bad-identities.json",
      '{\n  "format": "coauthor-atlas-identities",\n  "version": 1,\n  "merge": [["only one"]]\n}\n',
    );
    const r = await run(["--identities", bad, "--out", "never.json", PROFILE]);
    expect(r.code).toBe(1);
    expect(r.errLines).toEqual([
      `error: ${bad}:4: "merge" must be a list of pairs of author names`,
    ]);
    expect(existsSync(join(dir, "never.json"))).toBe(false);
    const notOne = writeIn("other.json", '{"merge": []}');
    const r2 = await run(["--identities", notOne, "--out", "never.json", PROFILE]);
    expect(r2.errLines[0]).toMatch(/other\.json:1: not an identities file/);
  });

  const failures: [string, () => string, RegExp][] = [
    ["an empty file", () => writeIn("empty.txt", ""), /empty/],
    [
      "a binary file",
      () => writeIn("binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])),
      /binary/,
    ],
    ["a missing file", () => join(dir, "missing.txt"), /no such file/],
  ];
  for (const [what, makeFile, reason] of failures) {
    it(`fails on ${what}: exit 1, one line naming the file, output untouched`, async () => {
      const file = makeFile();
      const fresh = await run(["--out", "never.json", file]);
      expect(fresh.code).toBe(1);
      expect(fresh.errLines).toHaveLength(1);
      expect(fresh.errLines[0]).toMatch(new RegExp(`^error: ${escapeRe(file)}: `));
      expect(fresh.errLines[0]).toMatch(reason);
      expect(existsSync(join(dir, "never.json"))).toBe(false);

      writeFileSync(join(dir, "keep.json"), "previous");
      const kept = await run(["--bib", BIB, "--out", "keep.json", file]);
      expect(kept.code).toBe(1);
      expect(readFileSync(join(dir, "keep.json"), "utf8")).toBe("previous");
    });
  }

  it("fails on a bad BibTeX file even with a good profile, naming the BibTeX", async () => {
    const bib = writeIn("bad.bib", "\u0000\u0001");
    const r = await run(["--bib", bib, "--out", "never.json", PROFILE]);
    expect(r.code).toBe(1);
    expect(r.errLines).toEqual([expect.stringMatching(new RegExp(`^error: ${escapeRe(bib)}: `))]);
  });

  it("prints usage and exits 2 on bad flags", async () => {
    for (const argv of [
      [],
      ["--nope", PROFILE],
      ["--cap", "x", PROFILE],
      ["--as-of", "2026-13-01", PROFILE],
      ["--quiet=yes", PROFILE],
    ]) {
      const r = await run(argv, { isTTY: false });
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.err).toMatch(/^error: .*\nusage: /);
      expect(r.progress, argv.join(" ")).toBe("");
    }
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^usage: .*--quiet/);
  });
});

describe("ingest CLI guards (issue 16)", () => {
  it("refuses out-of-range numbers: --seed beyond 32 bits (and 2^53), --cap 0 or huge", async () => {
    for (const argv of [
      ["--seed", "9007199254740993", PROFILE],
      ["--seed", "4294967296", PROFILE],
      ["--seed=-1", PROFILE],
      ["--cap", "0", PROFILE],
      ["--cap", "1e3", PROFILE],
      ["--cap", "99999999999", PROFILE],
      ["--max-bib-bytes", "lots", PROFILE],
      ["--max-entries", "0", PROFILE],
    ]) {
      const r = await run(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.errLines[0], argv.join(" ")).toMatch(/^error: --[a-z-]+ must be /);
    }
    expect(
      (
        await run([
          "--seed",
          "4294967295",
          "--as-of",
          "2026-11-28",
          "-q",
          "--out",
          "s.json",
          PROFILE,
        ])
      ).code,
    ).toBe(0);
  });

  it("fails at once, in one line, on an output path it cannot create (no spin on /proc)", async () => {
    const started = Date.now();
    const proc = await run(["--out", "/proc/nope/x.json", PROFILE]);
    expect(proc.code).toBe(1);
    expect(proc.errLines).toEqual([
      "error: /proc/nope/x.json: cannot create the folder /proc/nope (ENOENT)",
    ]);
    expect(Date.now() - started).toBeLessThan(5_000);
    const file = writeIn("plain.txt", "not a folder");
    const under = await run(["--out", `${file}/x.json`, PROFILE]);
    expect(under.errLines).toEqual([
      `error: ${file}/x.json: cannot write: ${file} is not a folder`,
    ]);
    const folder = await run(["--out", dir, PROFILE]);
    expect(folder.errLines[0]).toMatch(/is a directory; give a file name/);
    // Missing folders are made, one level at a time.
    const nested = await run(["--as-of", "2026-11-28", "-q", "--out", "a/b/c/g.json", PROFILE]);
    expect(nested.code).toBe(0);
    expect(existsSync(join(dir, "a/b/c/g.json"))).toBe(true);
  });

  it("reads UTF-16 with a byte-order mark as the page does", async () => {
    const text = readFileSync(PROFILE, "utf8");
    const utf16 = writeIn(
      "utf16.txt",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    );
    const r = await run(["--as-of", "2026-11-28", "-q", "--out", "u16.json", utf16]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Ingested 1 profile \(Jiaming Song, 50 papers\)/);
  });

  it("applies the page's limits, overridable by flags", async () => {
    const over = await run(["--max-profile-bytes", "10kB", "--out", "never.json", PROFILE]);
    expect(over.code).toBe(1);
    expect(over.errLines[0]).toMatch(
      new RegExp(
        `^error: ${escapeRe(PROFILE)}: \\d[\\d.]* kB is over the 10 kB limit for a profile export`,
      ),
    );
    const entries = await run(["--max-entries", "10", "--out", "never.json", PROFILE]);
    expect(entries.errLines[0]).toMatch(/50 profile entries, over the limit of 10$/);
    const bib = await run([
      "--max-bib-bytes",
      "1000",
      "--bib",
      BIB,
      "--out",
      "never.json",
      PROFILE,
    ]);
    expect(bib.errLines[0]).toMatch(/over the 1 kB limit for a BibTeX file/);
    expect(existsSync(join(dir, "never.json"))).toBe(false);
  });

  it("prints at most 50 issues of a kind, then how many more (--all-issues prints all)", async () => {
    const copies = Array.from(
      { length: 120 },
      (_, i) => `@article{same${i},\n  title = {One title},\n  author = {Ada Lovelace}\n}\n`,
    ).join("");
    const bib = writeIn("copies.bib", copies);
    const argv = ["--as-of", "2026-11-28", "-q", "--bib", bib, "--out", "c.json", PROFILE];
    const all = await run([...argv, "--all-issues"]);
    const every = all.out.split("\n").filter((l) => l.startsWith("warning: "));
    expect(every.filter((l) => l.includes("has the same title as entry"))).toHaveLength(119);
    const capped = await run(argv);
    const warnings = capped.out.split("\n").filter((l) => l.startsWith("warning: "));
    expect(warnings.slice(0, 50)).toEqual(every.slice(0, 50));
    expect(warnings.slice(50)).toEqual([
      `warning: … and ${every.length - 50} more (all are in the graph's report; --all-issues prints them)`,
    ]);
  });
});

describe("ingest CLI progress", () => {
  const argv = ["--bib", BIB, "--as-of", "2026-11-28", PROFILE];
  const stages = ["parse", "enrich", "graph", "clusters", "layout"];

  it("prints one line per stage, with percents, to a log; the output is unchanged", async () => {
    const logged = await run([...argv, "--out", "logged.json"], { isTTY: false });
    const quiet = await run([...argv, "--out", "quiet.json", "--quiet"], { isTTY: false });
    expect(logged.code).toBe(0);
    const lines = logged.progress.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((l) => l.slice(0, l.indexOf(":")))).toEqual(stages);
    for (const line of lines) expect(line).toMatch(/^\w+: 0%( \d{1,2}%)* 100%$/);
    // --quiet (and -q) turn it off; stdout and the file are the same either way.
    expect(quiet.progress).toBe("");
    expect((await run([...argv, "--out", "q.json", "-q"], { isTTY: false })).progress).toBe("");
    expect(quiet.out.replace("quiet.json", "logged.json")).toBe(logged.out);
    expect(logged.err).toBe("");
    expect(readFileSync(join(dir, "logged.json"), "utf8")).toBe(
      readFileSync(join(dir, "quiet.json"), "utf8"),
    );
  });

  it("rewrites one line in place on a terminal and clears it at the end", async () => {
    const r = await run([...argv, "--out", "tty.json"], { isTTY: true });
    expect(r.code).toBe(0);
    expect(r.progress).not.toContain("\n");
    const frames = r.progress.split("\r").slice(1);
    expect(frames[0]).toBe("parse: 0%");
    expect(frames.map((f) => f.trimEnd()).filter((f) => f !== "")).toContain("layout: 100%");
    // The last frame is blank: the summary on stdout starts on a clean line.
    expect(frames[frames.length - 1]).toBe("");
    expect(frames[frames.length - 2]).toMatch(/^ +$/);
  });

  it("ends its line before an error, which stays one line", async () => {
    // BibTeX with no entry passes the file checks and fails in the parse stage.
    const bib = writeIn("blank.bib", "% nothing but a comment\n");
    const r = await run(["--bib", bib, "--out", "never.json", PROFILE], { isTTY: false });
    expect(r.code).toBe(1);
    expect(r.progress).toMatch(/^parse: 0%[^\n]*\n$/);
    expect(r.errLines).toEqual([expect.stringMatching(new RegExp(`^error: ${escapeRe(bib)}: `))]);
  });
});

describe("ingest CLI (child process)", () => {
  it("runs through tsx: success writes the file, a missing input exits 1 with one line", () => {
    const tsx = join(repo, "node_modules/.bin/tsx");
    const script = join(repo, "src/cli/ingest.ts");
    const out = join(dir, "child.json");
    const child = spawnSync(
      tsx,
      [script, "--bib", BIB, "--as-of", "2026-11-28", "--out", out, PROFILE],
      { encoding: "utf8" },
    );
    expect(child.status).toBe(0);
    expect(child.stdout).toMatch(/^Ingested 1 profile/);
    // stderr is a pipe here: progress as one line per stage.
    expect(child.stderr).toMatch(/^parse: 0%.*\nenrich: .*\nlayout: 0%.* 100%\n$/s);
    expect(JSON.parse(readFileSync(out, "utf8")).nodes.length).toBeGreaterThan(50);

    const missing = join(dir, "nope.txt");
    const failed = spawnSync(tsx, [script, "--out", join(dir, "child2.json"), missing], {
      encoding: "utf8",
    });
    expect(failed.status).toBe(1);
    expect(failed.stderr.trim().split("\n")).toEqual([`error: ${missing}: no such file or folder`]);
    expect(existsSync(join(dir, "child2.json"))).toBe(false);
  });
});

function writeIn(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
