import { describe, expect, it } from "vitest";
import {
  type Box,
  type Candidate,
  cardPlacement,
  createLabelPlacer,
  labelSpots,
  overlaps,
  placeLabels,
  spotBox,
} from "./labelPlacer";

const box = (x0: number, y0: number, x1: number, y1: number): Box => ({ x0, y0, x1, y1 });

describe("overlaps", () => {
  it("is true for intersecting boxes and false for touching or apart ones", () => {
    expect(overlaps(box(0, 0, 10, 10), box(5, 5, 15, 15))).toBe(true);
    expect(overlaps(box(0, 0, 10, 10), box(2, 2, 3, 3))).toBe(true);
    expect(overlaps(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBe(false);
    expect(overlaps(box(0, 0, 10, 10), box(0, 11, 10, 20))).toBe(false);
  });
});

describe("labelSpots", () => {
  it("tries right of the node, then left; below and above only when asked", () => {
    const node = { x: 100, y: 50, size: 6 };
    const two = labelSpots(node, 40, 12, false);
    expect(two).toHaveLength(2);
    expect(two[0]?.x).toBeGreaterThan(106);
    expect((two[1]?.x ?? 999) + 40).toBeLessThan(94);
    const four = labelSpots(node, 40, 12, true);
    expect(four).toHaveLength(4);
    const [, , below, above] = four;
    if (!below || !above) throw new Error("no spots below and above");
    // The text box below starts under the node; the one above ends over it.
    expect(spotBox(below, 40, 12).y0).toBeGreaterThan(50 + 6);
    expect(spotBox(above, 40, 12).y1).toBeLessThan(50 - 6);
  });
});

describe("placeLabels", () => {
  const at = (x: number, y: number, priority: number, all = false): Candidate => ({
    spots: labelSpots({ x, y, size: 4 }, 60, 12, all),
    width: 60,
    fontSize: 12,
    priority,
  });

  it("places by priority, moves a label aside when its first spot is taken, drops it if none", () => {
    const spots = placeLabels([
      at(100, 100, 1), // right and left both collide with the two below: dropped
      at(102, 102, 5), // right of its node
      at(30, 300, 0), // far away: right
      at(40, 104, 3), // its right spot is taken by the priority-5 label: goes left
    ]);
    expect(spots[0]).toBeNull();
    expect(spots[1]?.x).toBeGreaterThan(102);
    expect(spots[2]?.x).toBeGreaterThan(30);
    expect(spots[3]?.x).toBeLessThan(40);
  });

  it("keeps labels inside the bounds: a label that would leave them goes to its other side", () => {
    const bounds = { x0: 0, y0: 0, x1: 200, y1: 200 };
    const spots = placeLabels([at(190, 100, 1), at(5, 150, 1), at(100, 195, 1)], bounds);
    expect(spots[0]?.x).toBeLessThan(190);
    expect(spots[1]?.x).toBeGreaterThan(5);
    expect(spots[2]).toBeNull();
  });

  it("places no two labels on each other", () => {
    const candidates = Array.from({ length: 40 }, (_v, i) =>
      at(100 + (i % 5) * 20, 100 + Math.floor(i / 5) * 9, i % 7, i % 2 === 0),
    );
    const boxes = placeLabels(candidates).flatMap((s, i) =>
      s ? [spotBox(s, (candidates[i] as Candidate).width, 12)] : [],
    );
    expect(boxes.length).toBeGreaterThan(3);
    boxes.forEach((a, i) => {
      boxes.slice(i + 1).forEach((b) => {
        expect(overlaps(a, b)).toBe(false);
      });
    });
  });
});

describe("createLabelPlacer", () => {
  // A canvas stand-in that records the text drawn; text is 7 px per character.
  function fakeContext() {
    const filled: string[] = [];
    const context = {
      font: "",
      lineJoin: "",
      lineWidth: 0,
      strokeStyle: "",
      fillStyle: "",
      measureText: (t: string) => ({ width: t.length * 7 }),
      strokeText: () => {},
      fillText: (t: string) => filled.push(t),
    };
    return { context: context as unknown as CanvasRenderingContext2D, filled };
  }
  const settings = {
    labelSize: 12,
    labelWeight: "500",
    labelFont: "sans-serif",
    labelColor: { color: "#111" },
  } as never;
  const label = (name: string, x: number, y: number, size: number, priority?: number) => ({
    label: name,
    x,
    y,
    size,
    color: "#000",
    forceLabel: priority !== undefined,
    labelPriority: priority,
  });

  it("draws nothing until the frame ends, then forced labels first by rank, then by size", () => {
    const placer = createLabelPlacer();
    const { context, filled } = fakeContext();
    placer.begin();
    placer.draw(context, label("Big but unforced", 99, 50, 9), settings);
    placer.draw(context, label("Far away", 400, 300, 3), settings);
    placer.draw(context, label("Weak link", 101, 51, 3, 5), settings);
    placer.draw(context, label("Focused node", 100, 50, 5, 10), settings);
    expect(filled).toEqual([]);
    placer.flush();
    // "Weak link" finds a spot beside the focused node's label; the big unforced one does not.
    expect(filled).toEqual(["Far away", "Weak link", "Focused node"]);
  });

  it("leaves the hovered node's name to its card and keeps other labels off the card", () => {
    const placer = createLabelPlacer();
    const { context, filled } = fakeContext();
    placer.begin();
    placer.draw(context, { ...label("Hovered author", 100, 50, 5), labelCard: true }, settings);
    // Either side of this one lies on the card: it waits; the one below has room.
    placer.draw(context, label("Close neighbour", 160, 52, 3), settings);
    placer.draw(context, label("Neighbour below", 160, 90, 3), settings);
    placer.flush();
    expect(filled).toEqual(["Neighbour below"]);
    const card = cardPlacement({ x: 100, y: 50, size: 5 }, "Hovered author".length * 7, 12, 1e9);
    expect(card.spot.x).toBeGreaterThan(105);
  });

  it("measures each label once while its text and font stay the same", () => {
    const placer = createLabelPlacer();
    const { context, filled } = fakeContext();
    const measured: string[] = [];
    const measure = context.measureText.bind(context);
    context.measureText = (t: string) => {
      measured.push(`${context.font}|${t}`);
      return measure(t);
    };
    for (let frame = 0; frame < 3; frame++) {
      placer.begin();
      placer.draw(context, label("Ada Lovelace", 100, 50, 5), settings);
      placer.draw(context, label("Charles Babbage", 100, 150, 5), settings);
      placer.flush();
    }
    expect(filled).toHaveLength(6);
    expect(measured).toEqual([
      "500 12px sans-serif|Ada Lovelace",
      "500 12px sans-serif|Charles Babbage",
    ]);
    // Another font is another width.
    placer.begin();
    placer.draw(context, label("Ada Lovelace", 100, 50, 5), {
      ...(settings as object),
      labelSize: 14,
    } as never);
    placer.flush();
    expect(measured.at(-1)).toBe("500 14px sans-serif|Ada Lovelace");
    expect(filled.at(-1)).toBe("Ada Lovelace");
  });

  it("puts the card left of a node near the canvas's right edge", () => {
    const right = cardPlacement({ x: 100, y: 50, size: 5 }, 80, 12, 1000);
    const left = cardPlacement({ x: 950, y: 50, size: 5 }, 80, 12, 1000);
    expect(right.box.x0).toBeGreaterThan(100);
    expect(left.box.x1).toBeLessThan(950);
  });

  it("keeps labels out of the areas floating panels cover", () => {
    const covered = { x0: 0, y0: 0, x1: 300, y1: 40 };
    const placer = createLabelPlacer(() => [covered]);
    const { context, filled } = fakeContext();
    placer.begin();
    placer.draw(context, label("Under the counts", 50, 20, 4), settings);
    placer.draw(context, label("In the open", 50, 120, 4), settings);
    placer.flush();
    expect(filled).toEqual(["In the open"]);
  });

  it("starts each frame afresh", () => {
    const placer = createLabelPlacer();
    const { context, filled } = fakeContext();
    placer.begin();
    placer.draw(context, label("Ada Lovelace", 100, 50, 5, 1), settings);
    placer.flush();
    placer.begin();
    placer.draw(context, label("Grace Hopper", 100, 50, 5), settings);
    placer.flush();
    expect(filled).toEqual(["Ada Lovelace", "Grace Hopper"]);
  });
});
