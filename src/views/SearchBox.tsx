// Search with autocomplete over author names and paper titles (accent- and case-insensitive):
// an ARIA combobox whose listbox is driven by arrow keys and Enter. Choosing a result selects
// the node and flies the camera to it. The number of matches is always shown and every match is
// reachable (the list scrolls, its last option shows more); full titles wrap on two lines.
import { useEffect, useId, useMemo, useState } from "react";
import { searchIndexOf, searchMatchKeys, searchNodes } from "../filters/search";
import { graphPane } from "../render/graphPane";
import { whenIdle } from "../render/whenIdle";
import { atlasStore } from "../store/atlasStore";
import { SearchOption } from "./SearchOption";
import { useAtlasStore } from "./stores";

/** Results listed at first, and added by each "more". */
const PAGE = 50;

export function SearchBox() {
  const query = useAtlasStore((s) => s.view.query);
  const setQuery = useAtlasStore((s) => s.setQuery);
  const graph = useAtlasStore((s) => s.graph);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [limit, setLimit] = useState(PAGE);
  const total = useMemo(
    () => (graph && query.trim() !== "" ? searchMatchKeys(searchIndexOf(graph), query).length : 0),
    [graph, query],
  );
  const hits = useMemo(
    () => (graph && query.trim() !== "" ? searchNodes(searchIndexOf(graph), query, limit) : []),
    [graph, query, limit],
  );
  const more = total - hits.length;
  // The index is built on first use; build it while the page is idle, before the first keystroke.
  useEffect(() => {
    if (graph === null) return;
    return whenIdle(() => searchIndexOf(graph), 3_000);
  }, [graph]);
  // The "more" row is the last option: the same arrows and Enter reach it.
  const options = hits.length + (more > 0 ? 1 : 0);
  const listId = useId();
  const showList = open && hits.length > 0;

  const choose = (key: string) => {
    setOpen(false);
    atlasStore.getState().select(key);
    graphPane().focusNode(key);
  };

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search authors and papers
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList ? `${listId}-opt-${active}` : undefined}
        placeholder="Search authors and papers…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
          setLimit(PAGE);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((i) => (options === 0 ? 0 : (i + 1) % options));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => (options === 0 ? 0 : (i - 1 + options) % options));
          } else if (e.key === "Enter") {
            if (showList && active === hits.length && more > 0) {
              e.preventDefault();
              setLimit((n) => n + PAGE);
              return;
            }
            const hit = hits[active] ?? hits[0];
            if (hit) {
              e.preventDefault();
              choose(hit.key);
            }
          } else if (e.key === "Escape") {
            if (showList) {
              // Escape first closes the list; the next one (handled globally) closes details.
              e.stopPropagation();
              e.nativeEvent.stopImmediatePropagation();
              setOpen(false);
            }
          }
        }}
      />
      <div
        id={`${listId}-list`}
        role="listbox"
        aria-label="Search results"
        className="search-list"
        hidden={!showList}
      >
        {hits.map((hit, i) => (
          <SearchOption
            key={hit.key}
            id={`${listId}-opt-${i}`}
            hit={hit}
            active={i === active}
            showKind
            onChoose={choose}
            onHover={() => setActive(i)}
          />
        ))}
        {more > 0 && (
          <div
            id={`${listId}-opt-${hits.length}`}
            role="option"
            tabIndex={-1}
            aria-selected={active === hits.length}
            className={active === hits.length ? "option more active" : "option more"}
            data-testid="search-more"
            onMouseDown={(e) => {
              e.preventDefault();
              setLimit((n) => n + PAGE);
            }}
            onMouseEnter={() => setActive(hits.length)}
          >
            Show {Math.min(more, PAGE)} more of {more}
          </div>
        )}
      </div>
      {query.trim() !== "" && (
        <p className="search-count" data-testid="search-count" aria-live="polite">
          {total === 0 ? "No match" : total === 1 ? "1 match" : `${total} matches`}
          {total > 0 ? " (highlighted on the map)" : ""}
        </p>
      )}
    </div>
  );
}
