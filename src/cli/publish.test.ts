// `npm run ingest -- --publish NAME`: the graph lands in the data folder and the index gains or
// updates its entry; a broken index stops the run before anything is written.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parseNetworkIndex } from "../networks/networkIndex";
import { type CliIo, main } from "./ingest";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const PROFILE = join(repo, "data/profiles/jiaming-song.txt");
const BIB = join(repo, "data/bib/jiaming-song.bib");
const dir = mkdtempSync(join(tmpdir(), "atlas-publish-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir };
  const code = await main(["--as-of", "2026-11-28", ...argv], io);
  return { code, out: out.join("\n"), errLines: err };
}

const readIndex = () =>
  parseNetworkIndex(readFileSync(join(dir, "site/index.json"), "utf8"), "index.json");

describe("ingest --publish", () => {
  it("writes NAME.graph.json and adds, then updates, the index entry", async () => {
    const first = await run(["--data-dir", "site", "--publish", "default", PROFILE]);
    expect(first.code).toBe(0);
    expect(first.out).toContain("published default in site/index.json");
    const graph = JSON.parse(readFileSync(join(dir, "site/default.graph.json"), "utf8"));
    expect(readIndex()).toEqual({
      default: "default",
      networks: [
        {
          name: "default",
          title: "Jiaming Song",
          owners: ["Jiaming Song"],
          papers: 50,
          authors: graph.nodes.filter((n: { key: string }) => n.key.startsWith("author:")).length,
          asOf: "2026-11-28",
        },
      ],
    });

    const lab = ["--data-dir", "site", "--publish", "lab", "--title", "Ermon lab", "--bib", BIB];
    expect((await run([...lab, PROFILE])).code).toBe(0);
    expect(existsSync(join(dir, "site/lab.graph.json"))).toBe(true);
    expect(readIndex().networks.map((n) => [n.name, n.title])).toEqual([
      ["default", "Jiaming Song"],
      ["lab", "Ermon lab"],
    ]);
    // Publishing a name again replaces its entry in place; the default stays.
    expect((await run(["--data-dir", "site", "--publish", "lab", PROFILE])).code).toBe(0);
    const index = readIndex();
    expect(index.default).toBe("default");
    expect(index.networks.map((n) => [n.name, n.title])).toEqual([
      ["default", "Jiaming Song"],
      ["lab", "Jiaming Song"],
    ]);
  });

  it("refuses a name that is not URL- and file-safe", async () => {
    const r = await run(["--publish", "../x", PROFILE]);
    expect(r.code).toBe(2);
    expect(r.errLines[0]).toMatch(/^error: --publish takes a name of lowercase letters/);
  });

  it("stops on a broken index with one line naming it, and writes nothing", async () => {
    const broken = join(dir, "broken");
    rmSync(broken, { recursive: true, force: true });
    await run(["--data-dir", "broken", "--publish", "x", PROFILE]);
    writeFileSync(join(broken, "index.json"), "{ not json");
    rmSync(join(broken, "y.graph.json"), { force: true });
    const r = await run(["--data-dir", "broken", "--publish", "y", PROFILE]);
    expect(r.code).toBe(1);
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toMatch(/^error: broken\/index\.json: not JSON/);
    expect(existsSync(join(broken, "y.graph.json"))).toBe(false);
  });
});
