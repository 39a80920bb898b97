// Links out in the details panel. A safe address is an anchor that opens a new tab with
// rel="noopener noreferrer" (a navigation: the page itself fetches nothing); anything else is
// shown as text, never clickable, with a note saying why.
import type { LinkView } from "./linkLabels";
import "./links.css";

export function LinkList({ links, label }: { links: LinkView[]; label: string }) {
  return (
    <ul className="link-list" aria-label={label}>
      {links.map((link, i) => (
        // Two sources may give the same text; the position keeps keys unique.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed per record
        <li key={`${i}:${link.href ?? link.text}`}>
          <span className="link-kind">{link.label}</span>
          {link.href !== null ? (
            <a
              className="link-out"
              href={link.href}
              target="_blank"
              rel="noopener noreferrer"
              title={`${link.href} (from ${link.source}; opens in a new tab)`}
            >
              {link.text}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            <span className="link-unsafe" data-testid="unsafe-link">
              <span className="link-unsafe-text">{link.text}</span>{" "}
              <span className="muted">(not a web address, shown as text; from {link.source})</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
