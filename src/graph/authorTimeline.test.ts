// An author's timeline on a hand-written network whose answers can be read off its list.
import { describe, expect, it } from "vitest";
import { prepareAtlasGraph } from "./appGraph";
import { authorTimeline } from "./authorTimeline";
import { tinySerialized } from "./tinyGraph.testing";

// Ann: 2012 with Bob, 2014 with Bob and Cy, 2015 with Cy and Dee, 2015 alone.
const graph = prepareAtlasGraph(
  tinySerialized([
    { key: "a", year: 2012, authors: ["ann", "bob"] },
    { key: "b", year: 2014, authors: ["ann", "bob", "cy"] },
    { key: "c", year: 2015, authors: ["ann", "cy", "dee"] },
    { key: "d", year: 2015, authors: ["ann"] },
    { key: "e", year: 2011, authors: ["eve", "dee"] },
  ]),
);

describe("authorTimeline", () => {
  it("counts papers in every year from the first to the last", () => {
    expect(authorTimeline(graph, "author:ann").perYear).toEqual([
      { year: 2012, papers: 1 },
      { year: 2013, papers: 0 },
      { year: 2014, papers: 1 },
      { year: 2015, papers: 2 },
    ]);
  });

  it("dates each top coauthor's first joint paper, earliest first", () => {
    expect(authorTimeline(graph, "author:ann").firstMet).toEqual([
      { key: "author:bob", name: "bob", joint: 2, year: 2012 },
      { key: "author:cy", name: "cy", joint: 2, year: 2014 },
      { key: "author:dee", name: "dee", joint: 1, year: 2015 },
    ]);
    // The limit keeps the coauthors with most joint papers, then shows them by year.
    expect(authorTimeline(graph, "author:ann", 2).firstMet.map((m) => m.name)).toEqual([
      "bob",
      "cy",
    ]);
  });

  it("is empty for a paper or an unknown key", () => {
    expect(authorTimeline(graph, "paper:a")).toEqual({ perYear: [], firstMet: [] });
    expect(authorTimeline(graph, "author:nobody")).toEqual({ perYear: [], firstMet: [] });
  });
});
