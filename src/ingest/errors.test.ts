// Tests for InputError's message and fields.
import { describe, expect, it } from "vitest";
import { InputError } from "./errors";

describe("InputError", () => {
  it("names file, line and reason", () => {
    const e = new InputError("data/x.txt", 12, "invalid date");
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toBe("data/x.txt:12: invalid date");
    expect([e.file, e.line, e.reason, e.name]).toEqual([
      "data/x.txt",
      12,
      "invalid date",
      "InputError",
    ]);
  });
  it("leaves the line out when there is none", () => {
    expect(new InputError("a.bib", null, "the file is empty").message).toBe(
      "a.bib: the file is empty",
    );
  });
});
