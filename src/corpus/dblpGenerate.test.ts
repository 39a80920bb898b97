// The synthetic DBLP generator: seeded bytes, records the reader accepts whole, Pareto-skewed
// productivity, pids and entity-written names, a hyperauthored paper now and then.
import { describe, expect, it } from "vitest";
import { generateDblpXml } from "./dblpGenerate";
import { DblpReader, type DblpRecord } from "./dblpReader";

function parse(xml: string) {
  const records: DblpRecord[] = [];
  const rejected: unknown[] = [];
  const reader = new DblpReader("g.xml", {
    onRecord: (r) => records.push(r),
    onRejected: (r) => rejected.push(r),
  });
  reader.write(xml);
  reader.close();
  return { records, rejected };
}

describe("generateDblpXml", () => {
  const xml = [...generateDblpXml({ records: 3000, seed: 5 })].join("");
  const { records, rejected } = parse(xml);
  const papers = records.filter((r) => r.type !== "www");

  it("is seeded: the same seed gives the same bytes, another seed others", () => {
    expect([...generateDblpXml({ records: 3000, seed: 5 })].join("")).toBe(xml);
    expect([...generateDblpXml({ records: 3000, seed: 6 })].join("")).not.toBe(xml);
  });

  it("writes records the reader accepts, every one", () => {
    expect(rejected).toEqual([]);
    expect(papers).toHaveLength(3000);
    expect(records.length - papers.length).toBeGreaterThan(0);
  });

  it("skews productivity (Pareto): the top tenth of authors hold far more than a tenth of credits", () => {
    const credits = new Map<string, number>();
    for (const p of papers)
      for (const a of p.authors) credits.set(a.name, (credits.get(a.name) ?? 0) + 1);
    const counts = [...credits.values()].sort((a, b) => b - a);
    const total = counts.reduce((s, c) => s + c, 0);
    const top = counts.slice(0, Math.ceil(counts.length / 10)).reduce((s, c) => s + c, 0);
    expect(top / total).toBeGreaterThan(0.3);
  });

  it("gives most authors a pid, writes accents as entities, and spreads venues and years", () => {
    const credits = papers.flatMap((p) => p.authors);
    const withPid = credits.filter((a) => a.pid !== null).length;
    expect(withPid / credits.length).toBeGreaterThan(0.5);
    expect(withPid).toBeLessThan(credits.length);
    expect(credits.some((a) => /[^ -~]/.test(a.name))).toBe(true);
    expect(xml).toMatch(/&[a-z]+ml;/i);
    expect(new Set(papers.map((p) => p.venue)).size).toBeGreaterThan(5);
    const years = papers.map((p) => p.year as number);
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThan(20);
    expect(papers.some((p) => p.authors.length > 25)).toBe(true);
  });
});
