// Input errors: a whole-file failure that names the file, the line (when known) and the reason.

/** Thrown when an input file cannot be read at all (empty, binary, wrong format, no entries). */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly reason: string;

  constructor(file: string, line: number | null, reason: string) {
    super(line === null ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = "InputError";
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
