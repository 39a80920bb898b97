// Tests for the CLI's inputs beyond profile exports: publication lists by content, folders
// (recursive), `--inputs LIST`, `--owner`, and a bad file among many (exit 1, one line, no
// output file). The 5,000-file folder is the bench generator's profiles written to a temp dir.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate";
import { collectInputPaths } from "./collectInputs";
import { type CliIo, main } from "./ingest";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "atlas-cli-sources-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: dir,
    today: () => "2026-11-28",
  };
  const code = await main(argv, io);
  return { code, out: out.join("\n"), errLines: err };
}

function graphAt(name: string) {
  return JSON.parse(readFileSync(join(dir, name), "utf8")) as {
    nodes: { key: string; attributes: Record<string, unknown> }[];
    attributes: { inputs: { file: string; format: string }[] };
  };
}

describe("ingest CLI with publication lists", () => {
  it("builds a network from BibTeX alone, with --owner marking the owner", async () => {
    const bib = join(repo, "data/samples/papers.bib");
    const r = await run(["--out", "bib.json", "--owner", "Jiaming Song", bib]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Ingested 1 publication list \(1 BibTeX\), as of 2026-11-28: 5 papers/);
    expect(r.out).toMatch(/input: .*papers\.bib \(BibTeX\): 5 records, 5 new papers, 0 merged/);
    const owners = graphAt("bib.json").nodes.filter((n) => n.attributes.owner === true);
    expect(owners.map((n) => n.key)).toEqual(["author:jiaming-song"]);
  });

  it("reads a folder recursively, every file by its content", async () => {
    const samples = join(dir, "samples");
    cpSync(join(repo, "data/samples"), join(samples, "nested"), { recursive: true });
    // Hidden files are skipped (a .DS_Store or an editor's state is no input).
    writeFileSync(join(samples, ".hidden"), "not an input");
    const r = await run(["--out", "folder.json", "samples"]);
    expect(r.code).toBe(0);
    const inputs = graphAt("folder.json").attributes.inputs;
    expect(inputs.map((i) => i.format).sort()).toEqual(
      ["bib", "csl", "dblp", "openalex", "openalex", "ris"].sort(),
    );
    expect(inputs.every((i) => i.file.startsWith("samples/nested/"))).toBe(true);
  });

  it("takes one path per line from --inputs, with repeatable --owner", async () => {
    const list = join(dir, "inputs.txt");
    writeFileSync(
      list,
      `# lab members\n${join(repo, "data/samples/papers.ris")}\n\n${join(repo, "data/samples/dblp-person.xml")}\n`,
    );
    const r = await run([
      "--out",
      "lab.json",
      "--inputs",
      list,
      "--owner",
      "Stefano Ermon",
      "--owner",
      "Chenlin Meng",
    ]);
    expect(r.code).toBe(0);
    const owners = graphAt("lab.json")
      .nodes.filter((n) => n.attributes.owner === true)
      .map((n) => n.attributes.name);
    // DBLP's person is an owner too.
    expect(owners.sort()).toEqual(["Chenlin Meng", "Jiaming Song", "Stefano Ermon"]);
  });

  it("exits 1 with one line naming the bad file and line, and writes nothing", async () => {
    const bad = join(dir, "bad");
    mkdirSync(bad);
    cpSync(join(repo, "data/samples/papers.ris"), join(bad, "a.ris"));
    writeFileSync(join(bad, "b.json"), '[\n  {"title": "x",\n');
    const r = await run(["--out", "bad.json", "bad"]);
    expect(r.code).toBe(1);
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toMatch(/^error: bad\/b\.json:3: not valid CSL-JSON/);
    expect(existsSync(join(dir, "bad.json"))).toBe(false);

    const html = join(dir, "page.html");
    writeFileSync(html, "<!doctype html><html><body>dblp</body></html>");
    const h = await run(["--out", "html.json", html]);
    expect(h.code).toBe(1);
    expect(h.errLines).toEqual([
      `error: ${html}: XML or HTML that is not a DBLP person file (<dblpperson>)`,
    ]);
  });

  it("refuses an empty folder, a missing --inputs list and an --owner with no name", async () => {
    mkdirSync(join(dir, "empty"));
    expect((await run(["empty"])).errLines).toEqual(["error: empty: the folder holds no file"]);
    expect((await run(["--inputs", "nope.txt"])).errLines).toEqual([
      "error: nope.txt: no such file (--inputs)",
    ]);
    const r = await run(["--owner", "--", join(repo, "data/samples/papers.bib")]);
    expect(r.code).toBe(2);
  });
});

describe("a folder of 5,000 profile files", () => {
  it("is collected by one folder argument, in path order", () => {
    const corpus = generateCorpus({ papers: 5000, papersPerProfile: 1, seed: 3 });
    const profiles = corpus.files.filter((f) => f.kind === "profile");
    expect(profiles).toHaveLength(5000);
    const folder = join(dir, "lab");
    profiles.forEach((f, i) => {
      const sub = join(folder, `group-${i % 10}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `member-${String(i).padStart(4, "0")}.txt`), f.text);
    });
    const found = collectInputPaths(["lab"], [], dir);
    expect(found).toHaveLength(5000);
    expect(found[0]?.shown).toBe(join("lab", "group-0", "member-0000.txt"));
    const shown = found.map((f) => f.shown);
    expect([...shown].sort()).toEqual(shown);
    // Named twice (folder and a list), each file is read once.
    const list = join(dir, "lab.txt");
    writeFileSync(list, `${join(folder, "group-0", "member-0000.txt")}\n`);
    expect(collectInputPaths(["lab"], [list], dir)).toHaveLength(5000);
  });
});
