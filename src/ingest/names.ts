// Name and title normalisation: folded text, author identities, slugs and title keys.
// These keys decide what counts as "the same" author or paper across the profile and BibTeX,
// so they must be stable, clock-free and identical in Node, a Worker and the page.

/** Letters that NFKD leaves whole (no combining-mark decomposition), folded by hand. */
const EXTRA_FOLDS: Record<string, string> = {
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  ß: "ss",
  ẞ: "SS",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  đ: "d",
  Đ: "D",
  ð: "d",
  Ð: "D",
  ı: "i",
  þ: "th",
  Þ: "Th",
  ħ: "h",
  Ħ: "H",
  ŀ: "l",
  Ŀ: "L",
  ŧ: "t",
  Ŧ: "T",
  ŋ: "n",
  Ŋ: "N",
  ĸ: "k",
  ſ: "s",
  ƒ: "f",
  ɨ: "i",
  ʉ: "u",
};

const EXTRA_FOLD_RE = new RegExp(`[${Object.keys(EXTRA_FOLDS).join("")}]`, "g");
// Combining marks (Unicode category M) left behind by NFKD.
const COMBINING_RE = /\p{M}+/gu;

// ASCII is its own folded form: nothing for NFKD, the marks or the letter table to change.
const ASCII_ONLY_RE = /^[\t\n\r -~]*$/;

/** Unicode NFKD with combining marks removed, plus letters NFKD does not split (ł→l, ß→ss ...). */
export function foldText(s: string): string {
  if (ASCII_ONLY_RE.test(s)) return s;
  return s
    .normalize("NFKD")
    .replace(COMBINING_RE, "")
    .replace(EXTRA_FOLD_RE, (ch) => EXTRA_FOLDS[ch] ?? ch);
}

// Anything that is not a letter or digit in any script.
const NON_ALNUM_RE = /[^\p{L}\p{N}]+/gu;

/**
 * An author's identity key: folded, lower case, with punctuation and whitespace removed, so
 * "J. P. Lewis", "JP Lewis" and "j.p. lewis" are one person, and "Dong-Ho Lee" is "Dong Ho Lee".
 */
export function nameIdentity(name: string): string {
  return foldText(name).toLowerCase().replace(NON_ALNUM_RE, "");
}

/** A short, stable (FNV-1a 32-bit) hash in base 36, for text that has no ASCII to slug. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * A URL-safe id: folded, lower case, runs of non-alphanumerics to one '-', trimmed. Never empty:
 * text with no ASCII letters or digits (a CJK name) becomes `x-<hash>` of its folded form.
 */
export function slugify(text: string): string {
  const folded = foldText(text).toLowerCase();
  const slug = folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug !== "") return slug;
  return `x-${shortHash(folded.trim())}`;
}

/**
 * A title's matching key: folded, lower case, punctuation dropped (hyphens and slashes split
 * words), whitespace collapsed. "eDiff-I: Text-to-Image" → "ediff i text to image".
 */
export function titleKey(title: string): string {
  // ASCII needs no folding, and its letters and digits are [a-z0-9] once lower-cased.
  if (ASCII_ONLY_RE.test(title)) {
    return title
      .toLowerCase()
      .replace(/['`]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  }
  return foldText(title).toLowerCase().replace(/['’`]/g, "").replace(NON_ALNUM_RE, " ").trim();
}
