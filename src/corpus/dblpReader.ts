// Streaming reader of the DBLP XML dump format: `<dblp>` holding article, inproceedings,
// proceedings, book, incollection, phdthesis, mastersthesis and www records. saxes parses the
// text as it arrives (nothing holds more than the record being read), with dblp.dtd's
// character entities predeclared. A record that is not well formed, or lacks what a paper
// needs (key, title, year), is handed to `onRejected` with its line and reason and the reader
// goes on with the next one: every record ends as a record or a rejection.
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";
import { createGunzip } from "node:zlib";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { DBLP_ENTITIES } from "../ingest/dblpEntities";

export const DBLP_RECORD_TYPES = [
  "article",
  "inproceedings",
  "proceedings",
  "book",
  "incollection",
  "phdthesis",
  "mastersthesis",
  "www",
] as const;

export type DblpRecordType = (typeof DBLP_RECORD_TYPES)[number];

const RECORD_TYPES: ReadonlySet<string> = new Set(DBLP_RECORD_TYPES);

export interface DblpPerson {
  /** Display name, whitespace collapsed (DBLP's homonym suffix such as `0001` kept). */
  name: string;
  /** DBLP person id, where the dump gives one as a `pid` attribute. */
  pid: string | null;
  orcid: string | null;
}

export interface DblpRecord {
  type: DblpRecordType;
  key: string;
  mdate: string | null;
  /** 1-based line of the record's opening tag. */
  line: number;
  title: string;
  /** Null only for www records (person pages carry no year). */
  year: number | null;
  authors: DblpPerson[];
  editors: DblpPerson[];
  /** Where it appeared: journal, else booktitle, else series, else school (theses), else publisher. */
  venue: string | null;
  publtype: string | null;
}

export interface DblpRejection {
  file: string;
  /** 1-based line of the record's opening tag, or of the problem outside any record. */
  line: number;
  key: string | null;
  reason: string;
}

export interface DblpReaderHandlers {
  onRecord(record: DblpRecord): void;
  onRejected(rejection: DblpRejection): void;
}

/** Counts of what the reader has seen, for the summary (records + rejected = records seen). */
export interface DblpReadStats {
  records: number;
  rejected: number;
  /** Elements under `<dblp>` that are not records (dblp.dtd's newer `person`, `data`), by name. */
  otherElements: Record<string, number>;
}

/** A problem that stops the whole file (not XML, or a root other than `<dblp>`). */
export class DblpFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = "DblpFileError";
  }
}

interface OpenRecord {
  type: DblpRecordType;
  key: string | null;
  mdate: string | null;
  publtype: string | null;
  line: number;
  fields: Map<string, string>;
  authors: DblpPerson[];
  editors: DblpPerson[];
  problems: string[];
}

interface OpenField {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

const VENUE_FIELDS = ["journal", "booktitle", "series", "school", "publisher"] as const;

/**
 * A record longer than this (characters) without its end tag is rejected and skipped: it keeps
 * memory bounded when an end tag is missing and no other record follows.
 */
export const MAX_RECORD_CHARS = 1_000_000;

const RECORD_START_RE = new RegExp(`<(?:${DBLP_RECORD_TYPES.join("|")})[\\s>/]`, "g");

/** Entities every parser shares: XML's five (the prototype saxes gives) and dblp.dtd's. */
const SHARED_ENTITIES: Record<string, string> = Object.assign(
  Object.create(Object.getPrototypeOf(new SaxesParser().ENTITIES)),
  DBLP_ENTITIES,
);

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  let i = text.indexOf("\n", from);
  while (i !== -1 && i < to) {
    n++;
    i = text.indexOf("\n", i + 1);
  }
  return n;
}

/**
 * A push parser: `write` text as it arrives, `close` at the end. The text is cut into records
 * at their tags (DBLP records never nest), and each record is parsed on its own by saxes, so
 * a broken record (a misspelt end tag, an unknown entity) costs that record alone: one parser
 * over the whole file would close the root on a stray end tag and lose everything after it.
 */
export class DblpReader {
  readonly stats: DblpReadStats = { records: 0, rejected: 0, otherElements: {} };
  /** Text received and not yet consumed. */
  private pending = "";
  /** 1-based line of `pending`'s first character. */
  private line = 1;
  private rootOpen = false;
  private rootClosed = false;
  private record: OpenRecord | null = null;
  private field: OpenField | null = null;
  private depth = 0;

  constructor(
    private readonly file: string,
    private readonly handlers: DblpReaderHandlers,
  ) {}

  write(chunk: string): void {
    this.pending += chunk;
    this.scan(false);
  }

  close(): void {
    this.scan(true);
    if (!this.rootOpen) throw new DblpFileError(this.file, this.line, "no <dblp> element");
  }

  private reject(line: number, key: string | null, reason: string): void {
    this.stats.rejected++;
    this.handlers.onRejected({ file: this.file, line, key, reason });
  }

  /** Consume `pending` up to `to`, keeping the line count. */
  private advance(to: number): void {
    this.line += countLines(this.pending, 0, to);
    this.pending = this.pending.slice(to);
  }

  private scan(atEnd: boolean): void {
    for (;;) {
      const text = this.pending;
      const lt = text.indexOf("<");
      const stray = collapse(lt === -1 ? text : text.slice(0, lt));
      if (stray !== "" && (lt !== -1 || atEnd)) {
        const line = this.line + countLines(text, 0, text.search(/\S/));
        if (!this.rootOpen) {
          throw new DblpFileError(this.file, line, "not XML: text before the <dblp> root");
        }
        this.reject(line, null, `text outside any record: "${stray.slice(0, 40)}"`);
      }
      if (lt === -1) {
        if (stray === "" || atEnd) this.advance(text.length);
        else if (text.length > MAX_RECORD_CHARS) {
          this.reject(this.line, null, `text outside any record: "${stray.slice(0, 40)}"`);
          this.advance(text.length);
        }
        return;
      }
      if (lt > 0) {
        this.advance(lt);
        continue;
      }
      // `pending` starts with "<".
      const consumed = this.scanMarkup(text, atEnd);
      if (consumed === 0) return;
      this.advance(consumed);
    }
  }

  /** Length of the markup at the start of `text` that was handled, or 0 to wait for more. */
  private scanMarkup(text: string, atEnd: boolean): number {
    const endOf = (terminator: string, from: number): number => {
      const at = text.indexOf(terminator, from);
      return at === -1 ? -1 : at + terminator.length;
    };
    const incomplete = (what: string): number => {
      if (!atEnd) return 0;
      this.reject(this.line, null, `${what} is not closed before the end of the file`);
      return text.length;
    };
    // Too little text yet to tell a comment from a DOCTYPE, or an end tag from a stray '<'.
    if (text.length < 4 && !atEnd) return 0;
    if (text.startsWith("<?") || text.startsWith("<!--")) {
      const end = endOf(text.startsWith("<?") ? "?>" : "-->", 2);
      return end === -1 ? incomplete("a declaration or comment") : end;
    }
    if (text.startsWith("<!")) {
      // The DOCTYPE: the dump names dblp.dtd by a SYSTEM id; its entities are built in.
      const bracket = text.indexOf("[");
      const close = text.indexOf(">");
      const end = bracket !== -1 && (close === -1 || bracket < close) ? endOf("]>", 2) : close + 1;
      return end <= 0 ? incomplete("the DOCTYPE") : end;
    }
    const tag = /^<(\/?)([A-Za-z_][\w.:-]*)/.exec(text);
    if (!tag) {
      if (!this.rootOpen) {
        throw new DblpFileError(this.file, this.line, "not XML: a stray '<' before the root");
      }
      this.reject(this.line, null, "a stray '<' outside any record");
      return 1;
    }
    const [, slash, name] = tag as unknown as [string, string, string];
    const tagEnd = text.indexOf(">");
    if (tagEnd === -1) return incomplete(`the tag <${slash}${name}>`);
    if (name === "dblp") {
      if (slash === "") this.rootOpen = true;
      else this.rootClosed = true;
      return tagEnd + 1;
    }
    if (!this.rootOpen) {
      throw new DblpFileError(
        this.file,
        this.line,
        `the root element is <${name}>, not <dblp>: this is not a DBLP XML file`,
      );
    }
    if (slash === "/") {
      this.reject(this.line, null, `a stray end tag </${name}> outside any record`);
      return tagEnd + 1;
    }
    if (this.rootClosed) {
      this.reject(this.line, null, `<${name}> after the end of <dblp>; read anyway`);
      this.rootClosed = false;
    }
    if (text[tagEnd - 1] === "/") {
      // A self-closing element: no record has no fields.
      if ((DBLP_RECORD_TYPES as readonly string[]).includes(name)) {
        this.reject(this.line, keyIn(text.slice(0, tagEnd)), "an empty record");
      } else this.countOther(name);
      return tagEnd + 1;
    }
    const closing = `</${name}>`;
    const end = text.indexOf(closing, tagEnd);
    const isRecord = RECORD_TYPES.has(name);
    if (isRecord) {
      // A record whose end tag is missing: the next record's start tells where it stopped.
      RECORD_START_RE.lastIndex = tagEnd;
      const next = RECORD_START_RE.exec(text);
      const nextAt = next ? next.index : -1;
      if (nextAt !== -1 && (end === -1 || nextAt < end)) {
        this.reject(
          this.line,
          keyIn(text.slice(0, tagEnd)),
          `<${name}> is not closed before the next record`,
        );
        return nextAt;
      }
    }
    if (end === -1) {
      if (text.length > MAX_RECORD_CHARS) {
        this.reject(
          this.line,
          keyIn(text.slice(0, tagEnd)),
          `<${name}> is not closed within ${MAX_RECORD_CHARS.toLocaleString("en-US")} characters`,
        );
        return tagEnd + 1;
      }
      return incomplete(`<${name}>`);
    }
    const length = end + closing.length;
    if (isRecord) this.parseRecord(text.slice(0, length));
    else this.countOther(name);
    return length;
  }

  private countOther(name: string): void {
    this.stats.otherElements[name] = (this.stats.otherElements[name] ?? 0) + 1;
  }

  /** Parse one record's text (a whole element) with a parser of its own. */
  private parseRecord(xml: string): void {
    const parser = new SaxesParser<{ xmlns: false; position: true }>({
      xmlns: false,
      position: true,
    });
    parser.ENTITIES = SHARED_ENTITIES;
    const startLine = this.line;
    this.record = null;
    this.field = null;
    this.depth = 0;
    parser.on("opentag", (tag) => this.open(tag, startLine));
    parser.on("closetag", () => this.closeElement());
    parser.on("text", (text) => this.text(text));
    parser.on("cdata", (text) => this.text(text));
    parser.on("error", (error) => {
      const reason = error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, "").replace(/\.$/, "");
      this.record?.problems.push(`${reason} (line ${startLine + parser.line - 1})`);
    });
    parser.write(xml).close();
    this.finishRecord();
  }

  private open(tag: SaxesTagPlain, startLine: number): void {
    this.depth++;
    if (this.depth === 1 && this.record) {
      // A misspelt end tag closed the record early; what follows is still this record's text.
      this.record.problems.push(`<${tag.name}> after the record's end`);
    } else if (this.depth === 1) {
      this.record = {
        type: tag.name as DblpRecordType,
        key: tag.attributes.key ?? null,
        mdate: tag.attributes.mdate ?? null,
        publtype: tag.attributes.publtype ?? null,
        line: startLine,
        fields: new Map(),
        authors: [],
        editors: [],
        problems: [],
      };
    } else if (this.depth === 2) {
      this.field = { name: tag.name, attributes: tag.attributes, text: "" };
    }
    // Deeper elements (<i>, <sub>, <sup>, <tt> inside a title) only contribute their text.
  }

  private closeElement(): void {
    if (this.depth-- === 2 && this.field && this.record) {
      this.finishField(this.record, this.field);
      this.field = null;
    }
  }

  private text(text: string): void {
    if (this.field) this.field.text += text;
  }

  private finishField(record: OpenRecord, field: OpenField): void {
    const value = collapse(field.text);
    if (field.name === "author" || field.name === "editor") {
      if (value === "") {
        record.problems.push(`an empty <${field.name}>`);
        return;
      }
      const person: DblpPerson = {
        name: value,
        pid: field.attributes.pid ?? null,
        orcid: field.attributes.orcid ?? null,
      };
      (field.name === "author" ? record.authors : record.editors).push(person);
      return;
    }
    // Repeated single-valued fields (several <ee>, <url>, <note>): the first one is kept.
    if (!record.fields.has(field.name)) record.fields.set(field.name, value);
  }

  private finishRecord(): void {
    const record = this.record;
    this.record = null;
    this.field = null;
    if (!record) return;
    const problems = [...record.problems];
    if (record.key === null || record.key === "") problems.unshift("no key attribute");
    const title = record.fields.get("title") ?? "";
    let year: number | null = null;
    if (record.type !== "www") {
      if (title === "") problems.push("no title");
      const yearText = record.fields.get("year");
      if (yearText === undefined) problems.push("no year");
      else if (!/^\d{4}$/.test(yearText)) problems.push(`year "${yearText}" is not a year`);
      else year = Number(yearText);
    }
    if (problems.length > 0) {
      this.reject(record.line, record.key, problems.join("; "));
      return;
    }
    let venue: string | null = null;
    for (const name of VENUE_FIELDS) {
      const value = record.fields.get(name);
      if (value) {
        venue = value;
        break;
      }
    }
    this.stats.records++;
    this.handlers.onRecord({
      type: record.type,
      key: record.key as string,
      mdate: record.mdate,
      line: record.line,
      title,
      year,
      authors: record.authors,
      editors: record.editors,
      venue,
      publtype: record.publtype,
    });
  }
}

/** The `key` attribute of an opening tag's text, for rejections of records never parsed. */
function keyIn(openTag: string): string | null {
  return /\skey\s*=\s*["']([^"']*)["']/.exec(openTag)?.[1] ?? null;
}

export interface ReadProgress {
  /** Bytes of the file read so far (compressed bytes for a .gz). */
  bytesRead: number;
  totalBytes: number;
  records: number;
  rejected: number;
}

export interface ReadFileOptions extends DblpReaderHandlers {
  onProgress?: (progress: ReadProgress) => void;
  /** Called after each chunk is parsed; awaited, so a slow consumer slows the reading. */
  afterChunk?: () => Promise<void> | void;
}

/** Whether the file starts with gzip's magic bytes. */
async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/**
 * Read one DBLP XML file (plain or gzip, told by its first bytes) chunk by chunk. The dump
 * declares ISO-8859-1 and holds ASCII with entities; a file that declares that encoding is
 * decoded as Latin-1, any other as UTF-8.
 */
export async function readDblpFile(path: string, options: ReadFileOptions): Promise<DblpReadStats> {
  const totalBytes = (await stat(path)).size;
  const source = createReadStream(path, { highWaterMark: 1 << 20 });
  const gzip = await isGzip(path);
  const stream = gzip ? source.pipe(createGunzip()) : source;
  source.on("error", (e) => stream.destroy(e));
  const reader = new DblpReader(path, options);
  let decoder: StringDecoder | null = null;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!decoder) {
        const head = chunk.subarray(0, 200).toString("latin1");
        const latin1 = /^<\?xml[^>]*encoding=["']ISO-8859-1["']/i.test(head);
        decoder = new StringDecoder(latin1 ? "latin1" : "utf8");
      }
      reader.write(decoder.write(chunk));
      options.onProgress?.({
        bytesRead: source.bytesRead,
        totalBytes,
        records: reader.stats.records,
        rejected: reader.stats.rejected,
      });
      await options.afterChunk?.();
    }
  } catch (error) {
    if (error instanceof DblpFileError) throw error;
    const reason = (error as Error).message;
    throw new DblpFileError(path, 0, gzip ? `cannot decompress: ${reason}` : reason);
  }
  if (decoder) reader.write(decoder.end());
  reader.close();
  return reader.stats;
}
