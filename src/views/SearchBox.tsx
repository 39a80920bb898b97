// Search with autocomplete over author names and paper titles (accent- and case-insensitive):
// an ARIA combobox whose listbox is driven by arrow keys and Enter. Choosing a result selects
// the node and flies the camera to it.
import { useContext, useId, useMemo, useState } from "react";
import { searchNodes } from "../filters/search";
import { focusNode } from "../render/focusNode";
import { atlasStore, useAtlasStore } from "../store/atlasStore";
import { SigmaHandleContext } from "./sigmaHandle";

const LIMIT = 8;

export function SearchBox() {
  const query = useAtlasStore((s) => s.view.query);
  const setQuery = useAtlasStore((s) => s.setQuery);
  const sigma = useContext(SigmaHandleContext);
  const index = useAtlasStore((s) => s.search);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const hits = useMemo(
    () => (index && query.trim() !== "" ? searchNodes(index, query, LIMIT) : []),
    [index, query],
  );
  const listId = useId();
  const showList = open && hits.length > 0;

  const choose = (key: string) => {
    setOpen(false);
    atlasStore.getState().select(key);
    if (sigma.current) focusNode(sigma.current, key);
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
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((i) => (hits.length === 0 ? 0 : (i + 1) % hits.length));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => (hits.length === 0 ? 0 : (i - 1 + hits.length) % hits.length));
          } else if (e.key === "Enter") {
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
          <div
            key={hit.key}
            id={`${listId}-opt-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className={i === active ? "option active" : "option"}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(hit.key);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span
              className={hit.kind === "paper" ? "kind paper" : "kind author"}
              aria-hidden="true"
            />
            <span className="option-label">{hit.label}</span>
            <span className="option-kind">{hit.kind}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
