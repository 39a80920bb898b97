// The DBLP XML reader: dblp.dtd's entities without the DTD, records split across chunks,
// malformed records reported with their line and skipped, gzip and Latin-1 files.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { DBLP_ENTITIES } from "../ingest/dblpEntities";
import {
  DblpFileError,
  DblpReader,
  type DblpRecord,
  type DblpRejection,
  readDblpFile,
} from "./dblpReader";

function read(xml: string, chunkSize = xml.length) {
  const records: DblpRecord[] = [];
  const rejected: DblpRejection[] = [];
  const reader = new DblpReader("t.xml", {
    onRecord: (r) => records.push(r),
    onRejected: (r) => rejected.push(r),
  });
  for (let i = 0; i < xml.length; i += chunkSize) reader.write(xml.slice(i, i + chunkSize));
  reader.close();
  return { records, rejected, stats: reader.stats };
}

const HEAD =
  '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<dblp>\n';

function article(key: string, body: string): string {
  return `<article mdate="2024-01-01" key="${key}">${body}</article>\n`;
}

const GOOD = article(
  "journals/x/A1",
  '<author pid="12/345">J&ouml;rg M&uuml;ller</author><author orcid="0000-0001">Ann  Lee</author>' +
    "<title>On <i>sparse</i> &amp; dense <sub>2</sub> graphs.</title><year>2021</year><journal>J. X</journal>",
);

describe("DblpReader", () => {
  it("reads a record: authors with pid and orcid, nested title markup as text, venue", () => {
    const { records, rejected } = read(`${HEAD}${GOOD}</dblp>\n`);
    expect(rejected).toEqual([]);
    expect(records).toHaveLength(1);
    const r = records[0] as DblpRecord;
    expect(r).toMatchObject({
      type: "article",
      key: "journals/x/A1",
      mdate: "2024-01-01",
      line: 4,
      title: "On sparse & dense 2 graphs.",
      year: 2021,
      venue: "J. X",
    });
    expect(r.authors).toEqual([
      { name: "Jörg Müller", pid: "12/345", orcid: null },
      { name: "Ann Lee", pid: null, orcid: "0000-0001" },
    ]);
  });

  it("knows every named character of ISO-8859-1's upper half, as dblp.dtd declares them", () => {
    const codePoints = new Set(Object.values(DBLP_ENTITIES).map((c) => c.codePointAt(0)));
    for (let cp = 0xa0; cp <= 0xff; cp++)
      expect(codePoints.has(cp), `U+${cp.toString(16)}`).toBe(true);
    // Each entity decodes in a record to the character whose Latin-1 code its name stands for.
    const names = Object.keys(DBLP_ENTITIES);
    const title = names.map((n) => `&${n};`).join("|");
    const { records } = read(
      `${HEAD}${article("k", `<title>${title}</title><year>2000</year>`)}</dblp>`,
    );
    const decoded = (records[0] as DblpRecord).title.split("|");
    expect(decoded).toHaveLength(names.length);
    // Spot checks against literal characters (the table is not the oracle here).
    const byName = Object.fromEntries(names.map((n, i) => [n, decoded[i]]));
    expect(byName.eacute).toBe("é");
    expect(byName.Ouml).toBe("Ö");
    expect(byName.szlig).toBe("ß");
    expect(byName.aring).toBe("å");
    expect(byName.reg).toBe("®");
    expect(byName.micro).toBe("µ");
    expect(byName.times).toBe("×");
    expect(byName.yuml).toBe("ÿ");
  });

  it("gives the same records whatever the chunk boundaries", () => {
    const xml = `${HEAD}${GOOD}${article("k2", "<author>B</author><title>T2</title><year>1999</year>")}</dblp>`;
    const whole = read(xml);
    for (const size of [1, 7, 64]) {
      const chunked = read(xml, size);
      expect(chunked.records).toEqual(whole.records);
      expect(chunked.rejected).toEqual([]);
    }
  });

  it("rejects malformed records with their line and reason, and reads the rest", () => {
    const xml = [
      HEAD.trimEnd(),
      article("bad/entity", "<author>X &bogus; Y</author><title>T</title><year>2001</year>"),
      article("bad/tag", "<author>Z</author><title>T</titl><year>2001</year>"),
      article("bad/year", "<author>Z</author><title>T</title><year>20x1</year>"),
      article("bad/noyear", "<author>Z</author><title>T</title>"),
      '<article mdate="2024-01-01"><author>Z</author><title>No key</title><year>2001</year></article>',
      '<inproceedings key="bad/unclosed"><author>Z</author><title>T</title><year>2001</year>',
      GOOD.trimEnd(),
      "stray text",
      '<article key="bad/empty"/>',
      '<person key="p/1"><author>Someone</author></person>',
      "</dblp>",
    ]
      .map((line) => line.trimEnd())
      .join("\n");
    const { records, rejected, stats } = read(xml);
    expect(records.map((r) => r.key)).toEqual(["journals/x/A1"]);
    const summary = rejected.map((r) => [r.line, r.key]);
    expect(summary).toEqual([
      [4, "bad/entity"],
      [5, "bad/tag"],
      [6, "bad/year"],
      [7, "bad/noyear"],
      [8, null],
      [9, "bad/unclosed"],
      [11, null],
      [12, "bad/empty"],
    ]);
    const reasons = rejected.map((r) => r.reason);
    expect(reasons[0]).toMatch(/undefined entity/);
    expect(reasons[1]).toMatch(/unmatched closing tag: titl/);
    expect(reasons[2]).toBe('year "20x1" is not a year');
    expect(reasons[3]).toBe("no year");
    expect(reasons[4]).toBe("no key attribute");
    expect(reasons[5]).toBe("<inproceedings> is not closed before the next record");
    expect(reasons[6]).toMatch(/text outside any record/);
    expect(reasons[7]).toBe("an empty record");
    expect(records[0]?.line).toBe(10);
    expect(stats).toEqual({ records: 1, rejected: 8, otherElements: { person: 1 } });
  });

  it("stops with a file error when the file is not DBLP XML", () => {
    expect(() => read("%PDF-1.4 binary")).toThrow(DblpFileError);
    expect(() => read('<?xml version="1.0"?><rss><item/></rss>')).toThrow(/root element is <rss>/);
    expect(() => read("")).toThrow(/no <dblp> element/);
  });

  it("reads www person pages (no year needed) as records of their own type", () => {
    const xml = `${HEAD}<www key="homepages/1/2"><author>A B</author><title>Home Page</title></www></dblp>`;
    const { records } = read(xml);
    expect(records).toMatchObject([{ type: "www", key: "homepages/1/2", year: null }]);
  });
});

describe("readDblpFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "dblp-reader-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function readFile(path: string) {
    const records: DblpRecord[] = [];
    const rejected: DblpRejection[] = [];
    await readDblpFile(path, {
      onRecord: (r) => records.push(r),
      onRejected: (r) => rejected.push(r),
    });
    return { records, rejected };
  }

  it("reads gzip input (told by its magic bytes) as the plain text", async () => {
    const xml = `${HEAD}${GOOD}${article("k2", "<author>B</author><title>T2</title><year>1999</year>")}</dblp>`;
    writeFileSync(join(dir, "plain.xml"), xml);
    writeFileSync(join(dir, "packed.xml.gz"), gzipSync(xml));
    writeFileSync(join(dir, "packed-no-extension"), gzipSync(xml));
    const plain = await readFile(join(dir, "plain.xml"));
    expect(plain.records).toHaveLength(2);
    expect(await readFile(join(dir, "packed.xml.gz"))).toEqual(plain);
    expect(await readFile(join(dir, "packed-no-extension"))).toEqual(plain);
  });

  it("names the file when gzip data is corrupt", async () => {
    const packed = gzipSync(`${HEAD}${GOOD.repeat(200)}</dblp>`);
    const broken = Buffer.concat([packed.subarray(0, 40), Buffer.alloc(200, 0x55)]);
    const path = join(dir, "broken.xml.gz");
    writeFileSync(path, broken);
    await expect(readFile(path)).rejects.toThrow(/broken\.xml\.gz.*cannot decompress/);
  });

  it("decodes a file that declares ISO-8859-1 as Latin-1", async () => {
    const xml = `${HEAD}${article("k", "<author>Ren\u00e9e</author><title>Caf\u00e9</title><year>2000</year>")}</dblp>`;
    const path = join(dir, "latin1.xml");
    writeFileSync(path, Buffer.from(xml, "latin1"));
    const { records } = await readFile(path);
    expect(records[0]?.title).toBe("Café");
    expect(records[0]?.authors[0]?.name).toBe("Renée");
  });
});
