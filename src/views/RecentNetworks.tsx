// "Recent networks": the networks built from the user's own files and kept in this browser
// (keptNetworks.ts), newest first, each with its files, date and counts; open, remove, clear all.
// When the browser refuses storage, the list says so instead.
import { useShallow } from "zustand/react/shallow";
import { plural } from "./format";
import { openNetwork, removeKept } from "./networkLoader";
import { useNetworkStore } from "./stores";

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function RecentNetworks({ onOpen }: { onOpen: () => void }) {
  const { kept, keepError, source } = useNetworkStore(
    useShallow((s) => ({ kept: s.kept, keepError: s.keepError, source: s.source })),
  );
  const current = source.kind === "local" ? source.hash : null;
  return (
    <section data-testid="recent-networks" aria-label="Recent networks">
      <div className="menu-heading-row">
        <h2 className="menu-heading">Recent networks</h2>
        {kept !== null && kept.length > 0 && (
          <button type="button" className="link-button" onClick={() => void removeKept(null)}>
            Clear all
          </button>
        )}
      </div>
      {keepError !== null ? (
        <p className="muted small menu-note">Not kept in this browser: {keepError}.</p>
      ) : kept === null ? (
        <p className="muted small menu-note">Reading…</p>
      ) : kept.length === 0 ? (
        <p className="muted small menu-note">
          Networks you build from your own files are kept here, in this browser only.
        </p>
      ) : (
        <ul className="menu-list">
          {kept.map((n) => (
            <li key={n.hash} className="menu-row">
              <button
                type="button"
                className="menu-item"
                aria-current={n.hash === current ? "true" : undefined}
                onClick={() => {
                  onOpen();
                  void openNetwork(`?data=local:${n.hash}`);
                }}
              >
                <span>{n.name}</span>
                <span className="muted small">
                  {WHEN.format(new Date(n.savedAt))} · {plural(n.papers, "paper")} ·{" "}
                  {plural(n.authors, "author")}
                </span>
                <span className="muted small">{n.files.join(", ")}</span>
              </button>
              <button
                type="button"
                className="close small"
                aria-label={`Remove ${n.name} from this browser`}
                onClick={() => void removeKept(n.hash)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
