// Viewport geometry: fitting points, on-screen test and arrow-key picks on hand-placed points.
import { describe, expect, it } from "vitest";
import { anyOnScreen, fitPoints, nearestInDirection } from "./viewportGeometry";

describe("fitPoints", () => {
  it("centres the points and scales their box to the padded viewport", () => {
    const fit = fitPoints(
      [
        { x: 100, y: 100 },
        { x: 900, y: 500 },
      ],
      1000,
      600,
      50,
    );
    expect(fit?.centre).toEqual({ x: 500, y: 300 });
    // 800 px of 900 wide, 400 of 500 high: the width binds.
    expect(fit?.scale).toBeCloseTo(800 / 900, 6);
  });

  it("zooms out when the points spread past the viewport", () => {
    const fit = fitPoints(
      [
        { x: -1000, y: 0 },
        { x: 2000, y: 10 },
      ],
      1000,
      600,
      0,
    );
    expect(fit?.scale).toBeCloseTo(3, 6);
  });

  it("keeps a minimum span for a single point, and is null for none", () => {
    const fit = fitPoints([{ x: 10, y: 20 }], 400, 400, 0);
    expect(fit?.centre).toEqual({ x: 10, y: 20 });
    expect(fit?.scale).toBeCloseTo(160 / 400, 6);
    expect(fitPoints([], 400, 400, 0)).toBeNull();
  });
});

describe("anyOnScreen", () => {
  it("is true when one point is inside, false when all are outside", () => {
    expect(
      anyOnScreen(
        [
          { x: -5, y: 5 },
          { x: 50, y: 50 },
        ],
        100,
        100,
      ),
    ).toBe(true);
    expect(
      anyOnScreen(
        [
          { x: -5, y: 5 },
          { x: 150, y: 50 },
        ],
        100,
        100,
      ),
    ).toBe(false);
    expect(anyOnScreen([], 100, 100)).toBe(false);
  });
});

describe("nearestInDirection", () => {
  const points = [
    { x: 0, y: 0 }, // 0: the start
    { x: 100, y: 0 }, // 1: right, on the line
    { x: 60, y: 50 }, // 2: right-down, nearer but off the line
    { x: 0, y: -80 }, // 3: up
    { x: -30, y: 5 }, // 4: left
    { x: 10, y: 90 }, // 5: down
  ];
  const from = points[0] as { x: number; y: number };

  it("picks the point along the arrow's line over a nearer one off it", () => {
    expect(nearestInDirection(points, from, "right")).toBe(1);
    expect(nearestInDirection(points, from, "up")).toBe(3);
    expect(nearestInDirection(points, from, "left")).toBe(4);
    // Point 2 is more sideways than down: not a pick for the down arrow.
    expect(nearestInDirection(points, from, "down")).toBe(5);
  });

  it("is -1 when nothing lies that way", () => {
    expect(
      nearestInDirection(
        [
          { x: 0, y: 0 },
          { x: 10, y: 0 },
        ],
        { x: 10, y: 0 },
        "right",
      ),
    ).toBe(-1);
  });
});
