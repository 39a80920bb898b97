// The local network key: content-only, order-independent, and it changes with any byte.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readRepoFile } from "../graph/realData.testing";
import { HASH_LENGTH, hashInputs } from "./inputHash";

const profile = readRepoFile("data/profiles/jiaming-song.txt");
const bib = readRepoFile("data/bib/jiaming-song.bib");

describe("hashInputs", () => {
  it("is the SHA-256 of the sorted SHA-256 digests, cut to HASH_LENGTH hex characters", async () => {
    const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");
    const expected = sha([sha(profile), sha(bib)].sort().join("\n")).slice(0, HASH_LENGTH);
    expect(await hashInputs([profile, bib])).toBe(expected);
  });
  it("does not depend on the order the files were opened in", async () => {
    expect(await hashInputs([bib, profile])).toBe(await hashInputs([profile, bib]));
  });
  it("changes with one character of any file, and with a file more or less", async () => {
    const base = await hashInputs([profile, bib]);
    expect(await hashInputs([`${profile} `, bib])).not.toBe(base);
    expect(await hashInputs([profile])).not.toBe(base);
    expect(await hashInputs([profile, bib, bib])).not.toBe(base);
  });
});
