// One result in a search list (the search box's, the path picker's): an ARIA option chosen on
// mousedown, not click, since the input's blur would close the list first.
import type { SearchHit } from "../filters/search";

export function SearchOption({
  id,
  hit,
  active,
  showKind,
  onChoose,
  onHover,
}: {
  id: string;
  hit: SearchHit;
  active: boolean;
  /** Name the kind after the label (a list that mixes authors and papers). */
  showKind: boolean;
  onChoose: (key: string) => void;
  onHover: () => void;
}) {
  return (
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      className={active ? "option active" : "option"}
      onMouseDown={(e) => {
        e.preventDefault();
        onChoose(hit.key);
      }}
      onMouseEnter={onHover}
    >
      <span className={hit.kind === "paper" ? "kind paper" : "kind author"} aria-hidden="true" />
      <span className="option-label" title={hit.label}>
        {hit.label}
      </span>
      {showKind && <span className="option-kind">{hit.kind}</span>}
    </div>
  );
}
