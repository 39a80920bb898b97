// @vitest-environment jsdom
// The panels' logic in a DOM (jsdom, Testing Library), on the real default graph in the real
// store; the renderer is mocked (sigma needs WebGL): the search box must reach it through the
// graph pane's focusNode and nothing else.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defaultSerialized } from "../filters/defaultGraph.fixture";
import { atlasStore } from "../store/atlasStore";
import { INITIAL_STATE } from "../store/reducers";
import { ExpandableList, MIN_FOLDED } from "./ExpandableList";
import { FiltersPanel } from "./FiltersPanel";
import { nodeDetails } from "./nodeDetails";
import { PAPER_AUTHORS_SHOWN, PaperDetails } from "./PaperDetails";
import { SearchBox } from "./SearchBox";
import { VisibleCounts } from "./VisibleCounts";

const focusNode = vi.fn();
vi.mock("../render/graphPane", () => ({ graphPane: () => ({ focusNode }) }));

const serialized = defaultSerialized();

beforeEach(() => {
  atlasStore.setState(INITIAL_STATE);
  atlasStore.getState().loadGraph(serialized, "default");
  focusNode.mockClear();
});
afterEach(cleanup);

describe("FiltersPanel", () => {
  it("filters through the store, shows the counts change, and Clear all undoes it", () => {
    render(
      <>
        <VisibleCounts />
        <FiltersPanel />
      </>,
    );
    const clearAll = screen.getByRole("button", { name: "Clear all" }) as HTMLButtonElement;
    expect(clearAll.disabled).toBe(true);
    expect(screen.getByTestId("visible-papers").textContent).toBe("50");

    fireEvent.click(screen.getByRole("checkbox", { name: "Only papers with public code" }));
    expect(atlasStore.getState().view.codeOnly).toBe(true);
    const withCode = Number(screen.getByTestId("visible-papers").textContent);
    expect(withCode).toBeLessThan(50);
    expect(withCode).toBe(atlasStore.getState().visibility?.visiblePapers);
    expect(clearAll.disabled).toBe(false);

    fireEvent.click(clearAll);
    expect(atlasStore.getState().view.codeOnly).toBe(false);
    expect(screen.getByTestId("visible-papers").textContent).toBe("50");
    expect(clearAll.disabled).toBe(true);
  });
});

describe("SearchBox", () => {
  it("lists matches ignoring accents and case; choosing one selects it and moves the camera", () => {
    render(<SearchBox />);
    const box = screen.getByRole("combobox");
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: "STEFANO ERMÓN" } });
    const option = screen.getByRole("option", { name: /Stefano Ermon/ });
    fireEvent.mouseDown(option);
    fireEvent.click(option);
    expect(atlasStore.getState().view.node).toBe("author:stefano-ermon");
    expect(focusNode).toHaveBeenCalledWith("author:stefano-ermon");
  });

  it("shows no list for a query that matches nothing", () => {
    render(<SearchBox />);
    const box = screen.getByRole("combobox");
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: "zzqx nobody" } });
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(focusNode).not.toHaveBeenCalled();
  });
});

describe("PaperDetails", () => {
  /** The default network's paper with the most authors (BIG-bench: 444). */
  function largestPaper() {
    const graph = atlasStore.getState().graph;
    if (!graph) throw new Error("no graph");
    const papers = graph.filterNodes((_, a) => a.kind === "paper");
    if (papers.length === 0) throw new Error("no paper");
    const key = papers.reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));
    const details = nodeDetails(graph, key);
    if (details?.kind !== "paper") throw new Error("not a paper");
    return details;
  }

  it("lists a dozen authors of a long list, then the abstract; Show all lists every one", () => {
    const details = largestPaper();
    expect(details.authors.length).toBeGreaterThan(100);
    render(<PaperDetails details={details} />);
    const list = screen.getByRole("list", { name: "Authors" });
    expect(list.querySelectorAll("li")).toHaveLength(PAPER_AUTHORS_SHOWN);
    const abstract = screen.getByText(details.paper.abstract as string);
    // The abstract follows the short list directly (no longer list between them).
    expect(list.compareDocumentPosition(abstract) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: `Show all ${details.authors.length}` }));
    expect(list.querySelectorAll("li")).toHaveLength(details.authors.length);
  });

  it("shows a list whole when its button would reveal only a few more", () => {
    const names = largestPaper().authors.map((a) => a.name);
    const list = (count: number) => {
      cleanup();
      render(
        <ExpandableList
          items={names.slice(0, count)}
          initial={PAPER_AUTHORS_SHOWN}
          label="Names"
          itemKey={(n) => n}
          render={(n) => n}
        />,
      );
      return {
        items: screen.getByRole("list", { name: "Names" }).querySelectorAll("li").length,
        button: screen.queryByRole("button", { name: /^Show all/ }) !== null,
      };
    };
    const longest = PAPER_AUTHORS_SHOWN + MIN_FOLDED - 1;
    expect(list(longest)).toEqual({ items: longest, button: false });
    expect(list(longest + 1)).toEqual({ items: PAPER_AUTHORS_SHOWN, button: true });
  });
});
