// Category names: known arXiv codes get their names, unknown ones stay as given.
import { describe, expect, it } from "vitest";
import { categoryArxivId, categoryLabel, categoryName } from "./categories";

describe("categoryName", () => {
  it("names the codes the profile uses, with their archive", () => {
    expect(categoryName("LG")).toBe("Machine Learning");
    expect(categoryArxivId("LG")).toBe("cs.LG");
    expect(categoryArxivId("IV")).toBe("eess.IV");
    expect(categoryArxivId("ML")).toBe("stat.ML");
    expect(categoryLabel("CV")).toBe("Computer Vision and Pattern Recognition (cs.CV)");
  });

  it("shows an unknown code as itself", () => {
    expect(categoryName("QX")).toBe("QX");
    expect(categoryArxivId("QX")).toBeNull();
    expect(categoryLabel("QX")).toBe("QX");
    expect(categoryName("__proto__")).toBe("__proto__");
  });
});
