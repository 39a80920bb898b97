// The Export menu: the current view as PNG, SVG, GEXF, CSV or BibTeX (exports.ts builds them).
import { useState } from "react";
import { type ExportKind, runExport } from "./exports";
import { Menu } from "./Menu";

const ITEMS: { kind: ExportKind; label: string; hint: string }[] = [
  { kind: "png", label: "PNG image", hint: "the view at twice the screen's resolution" },
  { kind: "svg", label: "SVG image", hint: "nodes, links and labels as drawn" },
  { kind: "gexf", label: "GEXF", hint: "the visible network for Gephi and Gephi Lite" },
  { kind: "csv", label: "CSV", hint: "visible nodes and links, two tables in a zip" },
  { kind: "bib", label: "BibTeX", hint: "the visible papers" },
];

export function ExportMenu() {
  const [busy, setBusy] = useState<ExportKind | null>(null);
  return (
    <Menu label="Export" testId="export-menu">
      {(close) => (
        <ul className="menu-list">
          {ITEMS.map(({ kind, label, hint }) => (
            <li key={kind}>
              <button
                type="button"
                className="menu-item"
                data-testid={`export-${kind}`}
                disabled={busy !== null}
                onClick={() => {
                  setBusy(kind);
                  void runExport(kind).finally(() => {
                    setBusy(null);
                    close();
                  });
                }}
              >
                <span>{busy === kind ? `${label}…` : label}</span>
                <span className="muted small">{hint}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Menu>
  );
}
