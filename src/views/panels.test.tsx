// @vitest-environment jsdom
// The panels' logic in a DOM (jsdom, Testing Library), on the real default graph in the real
// store; the renderer is mocked (sigma needs WebGL): the search box must reach it through the
// graph pane's focusNode and nothing else.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defaultSerialized } from "../filters/defaultGraph.fixture";
import { atlasStore } from "../store/atlasStore";
import { INITIAL_STATE } from "../store/reducers";
import { FiltersPanel } from "./FiltersPanel";
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
