// Tests for `npm run ingest`: main() in a temporary directory for speed, plus one real child
// process. Failures must leave the output file absent (or unchanged) and print one line.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { type CliIo, main } from "./ingest";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const PROFILE = join(repo, "data/profiles/jiaming-song.txt");
const BIB = join(repo, "data/bib/jiaming-song.bib");
const dir = mkdtempSync(join(tmpdir(), "atlas-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: dir,
    today: () => "2026-11-28",
  };
  const code = main(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n"), errLines: err };
}

describe("ingest CLI (main)", () => {
  it("writes the graph JSON and prints the summary", () => {
    const r = run(["--bib", BIB, "--out", "g.json", PROFILE]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toMatch(/^Ingested 1 profile \(Jiaming Song, 50 papers\)/);
    const graph = JSON.parse(readFileSync(join(dir, "g.json"), "utf8"));
    expect(graph.attributes.schemaVersion).toBe(1);
    expect(graph.attributes.asOf).toBe("2026-11-28");
    expect(graph.nodes.filter((n: { key: string }) => n.key.startsWith("paper:"))).toHaveLength(50);
    // The default as-of is today (from io.today); the same input gives the same bytes.
    expect(run(["--bib", BIB, "--out", "g2.json", "--as-of", "2026-11-28", PROFILE]).code).toBe(0);
    expect(readFileSync(join(dir, "g2.json"), "utf8")).toBe(
      readFileSync(join(dir, "g.json"), "utf8"),
    );
  });

  it("honours --cap and --seed", () => {
    const argv = ["--bib", BIB, "--as-of", "2026-11-28", PROFILE];
    expect(run([...argv, "--cap", "30", "--seed", "9", "--out", "cap.json"]).code).toBe(0);
    const graph = JSON.parse(readFileSync(join(dir, "cap.json"), "utf8"));
    expect(graph.attributes.hyperauthorCap).toBe(30);
    const base = JSON.parse(readFileSync(join(dir, "g.json"), "utf8"));
    const place = (g: { nodes: { attributes: { x: number } }[] }) =>
      g.nodes.map((n) => n.attributes.x);
    expect(place(graph)).not.toEqual(place(base));
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
    it(`fails on ${what}: exit 1, one line naming the file, output untouched`, () => {
      const file = makeFile();
      const fresh = run(["--out", "never.json", file]);
      expect(fresh.code).toBe(1);
      expect(fresh.errLines).toHaveLength(1);
      expect(fresh.errLines[0]).toMatch(new RegExp(`^error: ${escapeRe(file)}: `));
      expect(fresh.errLines[0]).toMatch(reason);
      expect(existsSync(join(dir, "never.json"))).toBe(false);

      writeFileSync(join(dir, "keep.json"), "previous");
      const kept = run(["--bib", BIB, "--out", "keep.json", file]);
      expect(kept.code).toBe(1);
      expect(readFileSync(join(dir, "keep.json"), "utf8")).toBe("previous");
    });
  }

  it("fails on a bad BibTeX file even with a good profile, naming the BibTeX", () => {
    const bib = writeIn("bad.bib", "\u0000\u0001");
    const r = run(["--bib", bib, "--out", "never.json", PROFILE]);
    expect(r.code).toBe(1);
    expect(r.errLines).toEqual([expect.stringMatching(new RegExp(`^error: ${escapeRe(bib)}: `))]);
  });

  it("prints usage and exits 2 on bad flags", () => {
    for (const argv of [
      [],
      ["--nope", PROFILE],
      ["--cap", "x", PROFILE],
      ["--as-of", "2026-13-01", PROFILE],
    ]) {
      const r = run(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.err).toMatch(/^error: .*\nusage: /);
    }
    const help = run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^usage: /);
  });
});

describe("ingest CLI (child process)", () => {
  it("runs through tsx: success writes the file, a missing input exits 1 with one line", () => {
    const tsx = join(repo, "node_modules/.bin/tsx");
    const script = join(repo, "src/cli/ingest.ts");
    const out = join(dir, "child.json");
    const stdout = execFileSync(
      tsx,
      [script, "--bib", BIB, "--as-of", "2026-11-28", "--out", out, PROFILE],
      {
        encoding: "utf8",
      },
    );
    expect(stdout).toMatch(/^Ingested 1 profile/);
    expect(JSON.parse(readFileSync(out, "utf8")).nodes.length).toBeGreaterThan(50);

    const missing = join(dir, "nope.txt");
    const failed = spawnSync(tsx, [script, "--out", join(dir, "child2.json"), missing], {
      encoding: "utf8",
    });
    expect(failed.status).toBe(1);
    expect(failed.stderr.trim().split("\n")).toEqual([`error: ${missing}: no such file`]);
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
