// An author's ways to look closer, in the details panel: "Focus on this node" (the ego network,
// one or two hops) and "Path to…" with an author picker (an ARIA combobox over the
// search index, authors only) that asks for the collaboration path to the chosen author.
import { useId, useMemo, useState } from "react";
import { searchIndexOf, searchNodes } from "../filters/search";
import type { EgoHops } from "../model/viewState";
import { atlasStore } from "../store/atlasStore";
import { SearchOption } from "./SearchOption";
import { useAtlasStore } from "./stores";

/** Authors listed in the picker. */
const PICKS = 8;

export function FocusActions({ nodeKey }: { nodeKey: string }) {
  const ego = useAtlasStore((s) => s.view.ego);
  const focused = ego?.node === nodeKey;
  const focus = (hops: EgoHops) => atlasStore.getState().setEgo({ node: nodeKey, hops });
  return (
    <div className="focus-actions">
      <fieldset className="focus-hops">
        <legend>Focus on this node</legend>
        {([1, 2] as const).map((hops) => (
          <button
            key={hops}
            type="button"
            className="button small"
            data-testid={`focus-${hops}`}
            aria-pressed={focused && ego?.hops === hops}
            onClick={() => focus(hops)}
          >
            {hops === 1 ? "1 hop" : "2 hops"}
          </button>
        ))}
        {focused && (
          <button
            type="button"
            className="button small"
            data-testid="leave-focus-details"
            onClick={() => atlasStore.getState().setEgo(null)}
          >
            Leave focus
          </button>
        )}
      </fieldset>
      <PathPicker from={nodeKey} />
    </div>
  );
}

function PathPicker({ from }: { from: string }) {
  const graph = useAtlasStore((s) => s.graph);
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const hits = useMemo(
    () =>
      graph && text.trim() !== ""
        ? searchNodes(searchIndexOf(graph), text, PICKS * 6)
            .filter((h) => h.kind === "author" && h.key !== from)
            .slice(0, PICKS)
        : [],
    [graph, text, from],
  );
  const showList = open && hits.length > 0;
  const choose = (key: string) => {
    setOpen(false);
    setText("");
    atlasStore.getState().setPath([from, key]);
  };
  return (
    <div className="path-picker search">
      <label htmlFor={`${id}-input`}>Path to…</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        data-testid="path-to"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList ? `${id}-opt-${active}` : undefined}
        placeholder="Another author…"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            setOpen(true);
            const step = e.key === "ArrowDown" ? 1 : -1;
            setActive((i) => (hits.length === 0 ? 0 : (i + step + hits.length) % hits.length));
          } else if (e.key === "Enter") {
            const hit = hits[active] ?? hits[0];
            if (hit) {
              e.preventDefault();
              choose(hit.key);
            }
          } else if (e.key === "Escape" && showList) {
            e.stopPropagation();
            e.nativeEvent.stopImmediatePropagation();
            setOpen(false);
          }
        }}
      />
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label="Authors"
        className="search-list"
        hidden={!showList}
      >
        {hits.map((hit, i) => (
          <SearchOption
            key={hit.key}
            id={`${id}-opt-${i}`}
            hit={hit}
            active={i === active}
            showKind={false}
            onChoose={choose}
            onHover={() => setActive(i)}
          />
        ))}
      </div>
    </div>
  );
}
