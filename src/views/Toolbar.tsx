// The top bar: view switch, owner / isolated-author toggles, visible counts, Copy link, and the
// data controls (open files, back to the default profile).
import { useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import type { ViewMode } from "../model/viewState";
import { OpenFolderButton } from "./OpenFolderButton";
import { useAtlasStore } from "./stores";
import { ToolbarFold } from "./ToolbarFold";
import { useCopyLink } from "./useCopyLink";
import { loadDefaultDataset, openFiles } from "./useDataset";

const MODES: { mode: ViewMode; label: string }[] = [
  { mode: "coauthors", label: "Coauthors" },
  { mode: "bipartite", label: "Authors + papers" },
];

export function Toolbar() {
  const { mode, hideOwner, showIsolated } = useAtlasStore(
    useShallow((s) => ({
      mode: s.view.view,
      hideOwner: s.view.hideOwner,
      showIsolated: s.view.showIsolated,
    })),
  );
  const setViewMode = useAtlasStore((s) => s.setViewMode);
  const setHideOwner = useAtlasStore((s) => s.setHideOwner);
  const setShowIsolated = useAtlasStore((s) => s.setShowIsolated);
  const hiddenIsolated = useAtlasStore((s) => s.visibility?.hiddenIsolated ?? 0);
  // Once shown, the count hidden is 0: the label keeps the number it had (all unlinked authors).
  const isolatedCount = useAtlasStore((s) => s.index?.isolatedCount ?? 0);
  const [copyStatus, copy] = useCopyLink();
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <div className="toolbar" role="toolbar" aria-label="View and data">
      <fieldset className="segmented">
        <legend className="visually-hidden">View</legend>
        {MODES.map(({ mode: m, label }) => (
          <label key={m} className={m === mode ? "segment active" : "segment"}>
            <input
              type="radio"
              name="view-mode"
              value={m}
              checked={m === mode}
              onChange={() => setViewMode(m)}
            />
            {label}
          </label>
        ))}
      </fieldset>

      <label className="check">
        <input
          type="checkbox"
          checked={hideOwner}
          onChange={(e) => setHideOwner(e.currentTarget.checked)}
        />
        Hide owner
      </label>

      {/* Present whenever the network has such authors, whatever the filters leave: a toggle
          coming and going would rewrap the bar and resize the canvas on a filter change. */}
      {mode === "coauthors" && isolatedCount > 0 && (
        <label className="check" title="Authors whose only papers have too many authors to link">
          <input
            type="checkbox"
            checked={showIsolated}
            disabled={!showIsolated && hiddenIsolated === 0}
            onChange={(e) => setShowIsolated(e.currentTarget.checked)}
          />
          Show {/* As wide as the largest count it can show, so the label keeps its width. */}
          <span className="count-slot" style={{ minWidth: `${String(isolatedCount).length}ch` }}>
            {showIsolated ? isolatedCount : hiddenIsolated}
          </span>{" "}
          hidden authors
        </label>
      )}

      <span className="toolbar-spacer" />

      <span className="copy">
        <button type="button" className="button" onClick={copy}>
          Copy link
        </button>
        <span className="copy-status" role="status" aria-live="polite">
          {copyStatus === "copied"
            ? "Copied"
            : copyStatus === "failed"
              ? "Copy failed: use the address bar"
              : ""}
        </span>
      </span>

      {/* From 1,001 to 1,160 px these fold into an "Open" pop-over: the toolbar stays one line. */}
      <ToolbarFold label="Open" testId="open-fold">
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          Open files
        </button>
        <input
          ref={fileInput}
          className="visually-hidden"
          type="file"
          multiple
          accept=".txt,.bib,.bibtex,.ris,.json,.jsonl,.xml,text/plain,application/json,application/xml"
          aria-label="Open a profile export, BibTeX, RIS, CSL-JSON, DBLP XML or OpenAlex works files"
          tabIndex={-1}
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = "";
            if (files.length > 0) openFiles(files);
          }}
        />
        <OpenFolderButton />
        <button type="button" className="button" onClick={() => void loadDefaultDataset()}>
          Default profile
        </button>
      </ToolbarFold>
    </div>
  );
}
