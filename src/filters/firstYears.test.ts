// First collaboration years on a hand-written network whose answers can be read off its list.
import { describe, expect, it } from "vitest";
import { appCoauthorEdgeKey, prepareAtlasGraph } from "../graph/appGraph";
import { tinySerialized } from "../graph/tinyGraph.testing";
import { buildFilterIndex } from "./filterIndex";
import { firstYears, NO_YEAR, yearPosition } from "./firstYears";

// Ann writes with Bob in 2012 and 2015, with Cy in 2015; Bob and Cy meet in 2015; Dee joins
// Cy in 2019; Eve writes alone in 2010.
const index = buildFilterIndex(
  prepareAtlasGraph(
    tinySerialized([
      { key: "p15", year: 2015, authors: ["ann", "bob", "cy"] },
      { key: "p12", year: 2012, authors: ["ann", "bob"] },
      { key: "p19", year: 2019, authors: ["cy", "dee"] },
      { key: "p10", year: 2010, authors: ["eve"] },
    ]),
  ),
);
const years = firstYears(index);
const nodeYear = (key: string) => years.node[index.nodeIndex.get(key) as number];
const edgeYear = (key: string) => years.edge[index.edgeIndex.get(key) as number];

describe("firstYears", () => {
  it("dates each author by their first paper", () => {
    expect(nodeYear("author:ann")).toBe(2012);
    expect(nodeYear("author:bob")).toBe(2012);
    expect(nodeYear("author:cy")).toBe(2015);
    expect(nodeYear("author:dee")).toBe(2019);
    expect(nodeYear("author:eve")).toBe(2010);
  });

  it("dates each coauthor link by the pair's first joint paper", () => {
    expect(edgeYear(appCoauthorEdgeKey("author:ann", "author:bob"))).toBe(2012);
    expect(edgeYear(appCoauthorEdgeKey("author:ann", "author:cy"))).toBe(2015);
    expect(edgeYear(appCoauthorEdgeKey("author:bob", "author:cy"))).toBe(2015);
    expect(edgeYear(appCoauthorEdgeKey("author:cy", "author:dee"))).toBe(2019);
  });

  it("dates papers and authorships by the paper's year, and spans them all", () => {
    expect(nodeYear("paper:p15")).toBe(2015);
    expect(edgeYear("a:author:dee|paper:p19")).toBe(2019);
    expect(years.min).toBe(2010);
    expect(years.max).toBe(2019);
    expect(index.edgeCount).toBe(4 + 8);
    for (const y of years.edge) expect(y).not.toBe(NO_YEAR);
  });

  it("places a year on the span from 0 to 1", () => {
    expect(yearPosition(2010, 2010, 2020)).toBe(0);
    expect(yearPosition(2015, 2010, 2020)).toBe(0.5);
    expect(yearPosition(2030, 2010, 2020)).toBe(1);
    expect(yearPosition(2015, 2015, 2015)).toBe(1);
  });
});
