// JSON files read with lines: the parse error's line (V8 reports a character position), and
// the line where each element of an array starts, so a bad record is named by its line.
import { InputError } from "../errors";

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line of a JSON.parse error in `text`, or null when the message gives no position. */
export function jsonErrorLine(text: string, error: unknown): number | null {
  const message = error instanceof Error ? error.message : "";
  const byLine = /line (\d+) column \d+/.exec(message);
  if (byLine?.[1]) return Number(byLine[1]);
  const byPosition = /position (\d+)/.exec(message);
  if (byPosition?.[1]) return lineOfOffset(text, Number(byPosition[1]));
  // "Unexpected end of JSON input": the file stops early, so its last line is where.
  if (/end of (JSON|data)/i.test(message)) return lineOfOffset(text, text.length);
  return null;
}

/** JSON.parse with an InputError naming the file and line. `what` names the expected format. */
export function parseJsonText(text: string, file: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
    // V8 quotes a snippet of the input; keep the reason short and free of file content.
    const reason = detail.replace(/,? "[^"]*"? is not valid JSON/, "").slice(0, 120);
    throw new InputError(file, jsonErrorLine(text, error), `not valid ${what} (${reason})`);
  }
}

/**
 * The 1-based line where each element of the array opened at `open` (the index of its `[`)
 * starts. A linear scan that skips strings; valid JSON is assumed (it was parsed already).
 */
export function arrayElementLines(text: string, open: number): number[] {
  const lines: number[] = [];
  let line = lineOfOffset(text, open);
  let depth = 0;
  let expectElement = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      line++;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") continue;
    if (depth === 1 && expectElement && c !== "]") {
      lines.push(line);
      expectElement = false;
    }
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === "\\") i++;
        else if (text[i] === "\n") line++;
      }
    } else if (c === "[" || c === "{") {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === "]" || c === "}") {
      depth--;
      if (depth === 0) break;
    } else if (c === "," && depth === 1) {
      expectElement = true;
    }
  }
  return lines;
}

/** Element lines of a file whose top level is an array. */
export function topLevelElementLines(text: string): number[] {
  const open = text.indexOf("[");
  return open < 0 ? [] : arrayElementLines(text, open);
}
