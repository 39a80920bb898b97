// Who a network is about: its owners (a profile's person, `--owner`, an owner decision) and,
// for a list opened without one, the author the list most likely belongs to — the one on most
// of its papers (its own `paperCount`: the page's graph also links coauthors) — for the page to offer as the owner.

/** What these questions read of a graph: the atlas graph or the page's (with fold nodes). */
interface OwnerGraph {
  forEachNode(
    visit: (
      key: string,
      attrs: { kind: string; owner?: boolean; name?: string; paperCount?: number },
    ) => void,
  ): void;
}

export interface OwnerCandidate {
  key: string;
  name: string;
  /** Papers the author is on, and all papers of the network. */
  papers: number;
  totalPapers: number;
}

/** An author on at least this share of the papers is offered as the list's owner. */
export const OWNER_CANDIDATE_SHARE = 0.5;

/** Keys and names of the authors marked as owners, in node order. */
export function ownersOf(graph: OwnerGraph): { key: string; name: string }[] {
  const owners: { key: string; name: string }[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === "author" && attrs.owner) owners.push({ key, name: attrs.name ?? key });
  });
  return owners;
}

/**
 * The author on most papers when the network has no owner and that author is on at least
 * `OWNER_CANDIDATE_SHARE` of them (ties: the first in node order); otherwise null.
 */
export function ownerCandidate(graph: OwnerGraph): OwnerCandidate | null {
  let totalPapers = 0;
  let best: { key: string; name: string; papers: number } | null = null;
  let hasOwner = false;
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === "paper") {
      totalPapers++;
      return;
    }
    if (attrs.kind !== "author") return;
    if (attrs.owner) hasOwner = true;
    const papers = attrs.paperCount ?? 0;
    if (best === null || papers > best.papers) best = { key, name: attrs.name ?? key, papers };
  });
  const top = best as { key: string; name: string; papers: number } | null;
  if (hasOwner || top === null || totalPapers === 0) return null;
  if (top.papers < OWNER_CANDIDATE_SHARE * totalPapers) return null;
  return { key: top.key, name: top.name, papers: top.papers, totalPapers };
}
