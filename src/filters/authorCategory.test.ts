// Main category per author on a hand-written network.
import { describe, expect, it } from "vitest";
import { prepareAtlasGraph } from "../graph/appGraph";
import { tinySerialized } from "../graph/tinyGraph.testing";
import { authorMainCategories } from "./authorCategory";
import { buildFilterIndex } from "./filterIndex";

describe("authorMainCategories", () => {
  it("takes the most frequent category, a tie going to the network's larger one", () => {
    // CV has 3 papers in the network, LG 2, CL 1.
    const index = buildFilterIndex(
      prepareAtlasGraph(
        tinySerialized([
          { key: "1", year: 2010, category: "LG", authors: ["ann", "bob"] },
          { key: "2", year: 2011, category: "LG", authors: ["ann"] },
          { key: "3", year: 2012, category: "CV", authors: ["ann", "bob"] },
          { key: "4", year: 2012, category: "CV", authors: ["cy"] },
          { key: "5", year: 2012, category: "CV", authors: ["dee"] },
          { key: "6", year: 2013, category: "CL", authors: ["dee"] },
        ]),
      ),
    );
    const main = authorMainCategories(index);
    const of = (name: string) =>
      index.categories[main[index.nodeIndex.get(`author:${name}`) as number] as number];
    expect(index.categories).toEqual(["CV", "LG", "CL"]);
    expect(of("ann")).toBe("LG");
    expect(of("bob")).toBe("CV");
    expect(of("cy")).toBe("CV");
    expect(of("dee")).toBe("CV");
    expect(main[index.nodeIndex.get("paper:1") as number]).toBe(-1);
  });
});
