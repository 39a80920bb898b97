// The collaboration path the view asks for (`path`), computed once per change of what it
// depends on (the graph, the filters, the owner toggle, the two ends) and shared by the path
// panel and the canvas highlight. Paths run over the filtered network, not the ego network:
// focusing on someone does not cut the chains that lead to them.
import { collaborationPath, type PathResult } from "../filters/collabPath";
import { computeVisibility, type Visibility } from "../filters/visibility";
import type { AtlasState } from "./reducers";

type PathInputs = Pick<AtlasState, "index" | "visibility" | "view">;

let memo: {
  visibility: Visibility;
  from: string;
  to: string;
  excludeOwner: boolean;
  result: PathResult;
} | null = null;

/** The asked-for path, or null when none is asked (or nothing is loaded). */
export function selectCollabPath(s: PathInputs): PathResult | null {
  const { index, visibility, view } = s;
  if (view.path === null || index === null || visibility === null) return null;
  const [from, to] = view.path;
  const excludeOwner = view.hideOwner;
  if (
    memo !== null &&
    memo.visibility === visibility &&
    memo.from === from &&
    memo.to === to &&
    memo.excludeOwner === excludeOwner
  ) {
    return memo.result;
  }
  const nodePasses =
    view.ego === null
      ? visibility.nodePasses
      : computeVisibility(index, { ...view, ego: null }).nodePasses;
  const result = collaborationPath(index, from, to, { nodePasses, excludeOwner });
  memo = { visibility, from, to, excludeOwner, result };
  return result;
}
