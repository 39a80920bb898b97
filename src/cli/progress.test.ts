// Tests for the CLI's progress printer: throttled percents, one line per stage in a log, one
// rewritten line on a terminal, and a clean end either way.
import { describe, expect, it } from "vitest";
import { createProgressPrinter } from "./progress";

function printer(isTTY: boolean) {
  let text = "";
  const p = createProgressPrinter({ isTTY, write: (t) => (text += t) });
  return { p, text: () => text };
}

describe("createProgressPrinter", () => {
  it("in a log: one line per stage, a percent at most every 5 points, and at 100", () => {
    const { p, text } = printer(false);
    p.update("parse", 0);
    for (let i = 1; i <= 100; i++) p.update("parse", i / 100);
    p.update("layout", 0);
    p.update("layout", 0.03);
    p.update("layout", 0.5);
    p.update("layout", 0.4); // a step back is not shown
    p.update("layout", 0.99);
    p.update("layout", 1);
    p.end();
    const fives = Array.from({ length: 21 }, (_, i) => `${i * 5}%`).join(" ");
    expect(text()).toBe(`parse: ${fives}\nlayout: 0% 50% 99% 100%\n`);
  });

  it("on a terminal: rewrites one line, blanking longer text, and clears it at the end", () => {
    const { p, text } = printer(true);
    p.update("clusters", 0);
    p.update("clusters", 1);
    p.update("graph", 0.5);
    p.end();
    expect(text()).toBe(`\rclusters: 0%\rclusters: 100%\rgraph: 50%    \r${" ".repeat(10)}\r`);
  });

  it("clamps fractions and writes nothing at the end when nothing was shown", () => {
    const { p, text } = printer(false);
    p.end();
    expect(text()).toBe("");
    p.update("enrich", -1);
    p.update("enrich", 7);
    p.end();
    p.end();
    expect(text()).toBe("enrich: 0% 100%\n");
  });
});
