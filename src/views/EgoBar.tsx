// The bar above the canvas while an ego network is shown: whose it is, its hops, whether the
// rest of the graph is faded or hidden, and "Leave focus" (Escape-free, always in sight).
import { useShallow } from "zustand/react/shallow";
import { atlasStore } from "../store/atlasStore";
import { useAtlasStore } from "./stores";

export function EgoBar() {
  const { ego, fade, name } = useAtlasStore(
    useShallow((s) => {
      const key = s.view.ego?.node ?? null;
      const attrs = key !== null && s.graph?.hasNode(key) ? s.graph.getNodeAttributes(key) : null;
      return {
        ego: s.view.ego,
        fade: s.view.egoFade,
        name:
          attrs === null
            ? key
            : attrs.kind === "author"
              ? attrs.name
              : attrs.kind === "paper"
                ? attrs.title
                : key,
      };
    }),
  );
  if (ego === null) return null;
  const store = () => atlasStore.getState();
  return (
    <section className="ego-bar" data-testid="ego-bar" aria-label="Ego network">
      <span className="ego-name">
        Focused on <strong>{name}</strong>
      </span>
      <fieldset className="segmented">
        <legend className="visually-hidden">Hops</legend>
        {([1, 2] as const).map((hops) => (
          <button
            key={hops}
            type="button"
            className="button small"
            aria-pressed={ego.hops === hops}
            onClick={() => store().setEgo({ node: ego.node, hops })}
          >
            {hops === 1 ? "1 hop" : "2 hops"}
          </button>
        ))}
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          data-testid="ego-fade"
          checked={fade}
          onChange={(e) => store().setEgoFade(e.currentTarget.checked)}
        />{" "}
        Fade the rest instead of hiding it
      </label>
      <button
        type="button"
        className="button small primary"
        data-testid="leave-focus"
        onClick={() => store().setEgo(null)}
      >
        Leave focus
      </button>
    </section>
  );
}
