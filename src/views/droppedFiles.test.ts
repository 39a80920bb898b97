// A dropped folder becomes its files, named by path, read recursively through entry objects
// shaped as the browser's (batches from each directory reader, as browsers return them), over
// the project's own sample files.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type DropEntry, filesFromEntries } from "./droppedFiles";

const SAMPLES = "data/samples";

function fileEntry(path: string, text: string): DropEntry {
  const name = path.split("/").pop() as string;
  return {
    isFile: true,
    isDirectory: false,
    name,
    fullPath: `/${path}`,
    file: (done) => done(new File([text], name)),
  };
}

/** A directory whose reader hands its children out two at a time, then an empty batch. */
function dirEntry(path: string, children: DropEntry[]): DropEntry {
  return {
    isFile: false,
    isDirectory: true,
    name: path.split("/").pop() as string,
    fullPath: `/${path}`,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (done) => {
          done(children.slice(at, at + 2));
          at += 2;
        },
      };
    },
  };
}

const sampleNames = readdirSync(SAMPLES).sort();
const samples = (dir: string) =>
  sampleNames.map((n) => fileEntry(`${dir}/${n}`, readFileSync(`${SAMPLES}/${n}`, "utf8")));

describe("filesFromEntries", () => {
  it("reads every file of nested folders, in order, named by their paths", async () => {
    const lab = dirEntry("lab", [
      ...samples("lab").slice(0, 2),
      dirEntry("lab/members", samples("lab/members")),
    ]);
    const loose = fileEntry("jiaming-song.bib", readFileSync("data/bib/jiaming-song.bib", "utf8"));
    const { files, names } = await filesFromEntries([lab, loose], 10_000);
    expect(names).toEqual([
      ...sampleNames.slice(0, 2).map((n) => `lab/${n}`),
      ...sampleNames.map((n) => `lab/members/${n}`),
      "jiaming-song.bib",
    ]);
    expect(files).toHaveLength(names.length);
    expect(await files[2]?.text()).toBe(readFileSync(`${SAMPLES}/${sampleNames[0]}`, "utf8"));
  });

  it("stops one file past the limit, so the load refuses an enormous folder quickly", async () => {
    const big = dirEntry("big", [...samples("big/a"), ...samples("big/b"), ...samples("big/c")]);
    const { files } = await filesFromEntries([big], 4);
    expect(files).toHaveLength(5);
  });
});
