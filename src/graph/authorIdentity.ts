// Which credits are one person, decided before any node exists so that input order never
// changes the answer. Identifiers (DBLP pid, OpenAlex id, ORCID) join the credits that carry
// them (one pid under two spellings is one person), and a name joins every credit of that name
// unless identifiers show it to be several people: two different ids of one kind under it (two
// DBLP pids for "Wei Wang"). Then its identified credits stay apart by id, and its credits with
// no id form one node of their own. Union-find over id and name keys.
import { nameIdentity } from "../ingest/names";
import type { AuthorIds, ListedAuthor } from "../ingest/types";

/** The identifier keys of a credit, strongest first (`dblp:83/8447`, `openalex:A1`, `orcid:…`). */
export function idKeys(ids: AuthorIds | undefined): string[] {
  if (!ids) return [];
  const keys: string[] = [];
  if (ids.dblpPid) keys.push(`dblp:${ids.dblpPid}`);
  if (ids.openalexId) keys.push(`openalex:${ids.openalexId}`);
  if (ids.orcid) keys.push(`orcid:${ids.orcid}`);
  return keys;
}

/**
 * The name side of a credit's identity: a source's identifiers override name matching, so a
 * credit that carries one keeps its own name; others take the person identity resolution gave.
 */
function nameKey(name: string, ids: AuthorIds | undefined, identity: string | undefined): string {
  return idKeys(ids).length > 0 ? nameIdentity(name) : (identity ?? nameIdentity(name));
}

export class AuthorIdentities {
  private readonly parent = new Map<string, string>();
  private readonly ambiguous = new Set<string>();

  /** `credits`: every author credit of the inputs (names and ids), in any order. */
  constructor(credits: Iterable<ListedAuthor>) {
    const list = [...credits];
    const firstIdOfKind = new Map<string, string>();
    for (const credit of list) {
      const id = nameKey(credit.name, credit.ids, credit.identity);
      for (const key of idKeys(credit.ids)) {
        const slot = `${id}\u0000${key.slice(0, key.indexOf(":"))}`;
        const first = firstIdOfKind.get(slot);
        if (first === undefined) firstIdOfKind.set(slot, key);
        else if (first !== key) this.ambiguous.add(id);
      }
    }
    for (const credit of list) {
      const [head, ...rest] = this.nodesOf(credit.name, credit.ids, credit.identity);
      if (head === undefined) continue;
      for (const node of rest) this.union(head, node);
    }
  }

  /**
   * The person key of a credit (equal keys: one author node), or null for a name with no
   * letters. `identity`: the person identity resolution gave the credit, where it is not the
   * name's own (src/ingest/identity.ts).
   */
  keyOf(name: string, ids?: AuthorIds, identity?: string): string | null {
    const head = this.nodesOf(name, ids, identity)[0];
    return head === undefined ? null : this.find(head);
  }

  private nodesOf(name: string, ids: AuthorIds | undefined, identity?: string): string[] {
    const id = nameKey(name, ids, identity);
    if (id === "") return [];
    const keys = idKeys(ids);
    return keys.length === 0 || !this.ambiguous.has(id) ? [...keys, `name:${id}`] : keys;
  }

  private find(node: string): string {
    let root = node;
    for (
      let up = this.parent.get(root);
      up !== undefined && up !== root;
      up = this.parent.get(root)
    ) {
      root = up;
    }
    // Path compression keeps later finds short on large inputs.
    for (let at = node; at !== root; ) {
      const next = this.parent.get(at) ?? root;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  private union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // The smaller key wins, so the root never depends on the order of the credits.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}
