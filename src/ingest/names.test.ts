// Tests for name and title normalisation.
import { describe, expect, it } from "vitest";
import { foldText, nameIdentity, slugify, titleKey } from "./names";

describe("foldText", () => {
  it.each([
    ["Adrià Garriga-Alonso", "Adria Garriga-Alonso"],
    ["Bartłomiej Bojanowski", "Bartlomiej Bojanowski"],
    ["Lütfi Kerem Şenel", "Lutfi Kerem Senel"],
    ["Søren Ødegård", "Soren Odegard"],
    ["Straße", "Strasse"],
    ["Cæsar Œuvre", "Caesar OEuvre"],
    ["Đorđe", "Dorde"],
    ["Işık", "Isik"],
    ["Þór", "Thor"],
    ["ﬁne", "fine"],
  ])("%s → %s", (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe("nameIdentity", () => {
  it("ignores initials' punctuation, spacing and case", () => {
    const id = nameIdentity("J. P. Lewis");
    expect(nameIdentity("JP Lewis")).toBe(id);
    expect(nameIdentity("j.p. lewis")).toBe(id);
    expect(id).toBe("jplewis");
  });
  it("treats hyphens as punctuation and folds accents", () => {
    expect(nameIdentity("Dong-Ho Lee")).toBe(nameIdentity("Dong Ho Lee"));
    expect(nameIdentity("Jörg Frohberg")).toBe(nameIdentity("Jorg Frohberg"));
    expect(nameIdentity("Michał Swędrowski")).toBe("michalswedrowski");
  });
  it("keeps different people apart", () => {
    expect(nameIdentity("Yang Song")).not.toBe(nameIdentity("Jiaming Song"));
  });
  it("keeps non-Latin names as letters", () => {
    expect(nameIdentity("宋 佳明")).toBe("宋佳明");
  });
});

describe("slugify", () => {
  it("makes URL-safe ids from titles", () => {
    expect(slugify("eDiff-I: Text-to-Image Diffusion Models")).toBe(
      "ediff-i-text-to-image-diffusion-models",
    );
    expect(slugify("  --Hello,   World!--  ")).toBe("hello-world");
    expect(slugify("Schrödinger Bridges")).toBe("schrodinger-bridges");
  });
  it("is never empty: text without ASCII letters gets a stable short hash", () => {
    const a = slugify("宋佳明");
    expect(a).toMatch(/^x-[a-z0-9]+$/);
    expect(slugify("宋佳明")).toBe(a);
    expect(slugify("李明")).not.toBe(a);
    expect(slugify("")).toMatch(/^x-[a-z0-9]+$/);
  });
});

describe("titleKey", () => {
  it("ignores case, punctuation and spacing", () => {
    expect(titleKey("eDiff-I: Text-to-Image  Diffusion")).toBe("ediff i text to image diffusion");
    expect(titleKey("EDIFF-I -- text to image, diffusion.")).toBe(
      titleKey("eDiff-I: Text-to-Image Diffusion"),
    );
  });
  it("drops apostrophes inside words", () => {
    expect(titleKey("Stein's Unbiased Risk")).toBe("steins unbiased risk");
  });
  it("keeps different titles apart", () => {
    expect(titleKey("Denoising Diffusion Implicit Models")).not.toBe(
      titleKey("Denoising Diffusion Restoration Models"),
    );
  });
});
