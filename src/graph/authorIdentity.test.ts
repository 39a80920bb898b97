// Tests for AuthorIdentities: which credits are one person, by identifiers then names.
import { describe, expect, it } from "vitest";
import { AuthorIdentities, idKeys } from "./authorIdentity";

describe("AuthorIdentities", () => {
  it("joins one pid under two spellings, and a name with no id to the one person of that name", () => {
    const people = new AuthorIdentities([
      { name: "Stefano Ermon", ids: { dblpPid: "47/8135" } },
      { name: "S. Ermon", ids: { dblpPid: "47/8135" } },
      { name: "Stefano Ermon" },
      { name: "Stefano Ermon", ids: { openalexId: "A1" } },
    ]);
    const key = people.keyOf("S. Ermon", { dblpPid: "47/8135" });
    expect(people.keyOf("Stefano Ermon")).toBe(key);
    expect(people.keyOf("Stefano Ermon", { openalexId: "A1" })).toBe(key);
    expect(key).not.toBeNull();
  });

  it("keeps namesakes with two pids apart, and their id-less credits in a third node", () => {
    const people = new AuthorIdentities([
      { name: "Wei Wang", ids: { dblpPid: "w/1" } },
      { name: "Wei Wang", ids: { dblpPid: "w/2" } },
      { name: "Wei Wang" },
    ]);
    const keys = new Set([
      people.keyOf("Wei Wang", { dblpPid: "w/1" }),
      people.keyOf("Wei Wang", { dblpPid: "w/2" }),
      people.keyOf("Wei Wang"),
    ]);
    expect(keys.size).toBe(3);
  });

  it("answers the same whatever the order of the credits", () => {
    const credits = [
      { name: "A. Person", ids: { orcid: "0000-0000-0000-0001" } },
      { name: "Ann Person", ids: { orcid: "0000-0000-0000-0001", dblpPid: "p/1" } },
      { name: "Ann Person" },
    ];
    const forward = new AuthorIdentities(credits);
    const backward = new AuthorIdentities([...credits].reverse());
    expect(forward.keyOf("Ann Person")).toBe(backward.keyOf("Ann Person"));
    expect(forward.keyOf("A. Person", { orcid: "0000-0000-0000-0001" })).toBe(
      forward.keyOf("Ann Person"),
    );
  });

  it("has no key for a name without letters or digits", () => {
    expect(new AuthorIdentities([]).keyOf("—")).toBeNull();
    expect(idKeys({ dblpPid: "x", openalexId: "A2", orcid: "o" })).toEqual([
      "dblp:x",
      "openalex:A2",
      "orcid:o",
    ]);
  });
});
