// The Export menu's and "Save network"'s actions: each builds its file from the current view
// (the visible part of the network) and hands it to the browser as a download. File names carry
// the network's name and today's date.

import { strToU8, zipSync } from "fflate";
import { write as writeGexf } from "graphology-gexf/browser";
import { papersToBibtex, visiblePaperKeys } from "../exporting/bibtex";
import { graphToCsv } from "../exporting/csv";
import { visibleSubgraph } from "../exporting/visibleSubgraph";
import { fileStem, NETWORK_FILE_SUFFIX, writeNetworkFile } from "../networks/bundle";
import { viewToPng, viewToSvg } from "../render/exportImage";
import { graphPane } from "../render/graphPane";
import { atlasStore } from "../store/atlasStore";
import { networkStore } from "../store/networkStore";
import { serializeViewParams } from "../url/viewParams";
import { todayIso } from "./ingestClient";
import { currentSerialized } from "./networkLoader";

export type ExportKind = "png" | "svg" | "gexf" | "csv" | "bib";

/** Hand `blob` to the browser as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by the next task; a minute covers slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function networkStem(): string {
  return fileStem(networkStore.getState().name || "network");
}

/** `<network>-<YYYY-MM-DD>.<ext>` */
export function exportFileName(ext: string): string {
  return `${networkStem()}-${todayIso()}.${ext}`;
}

function visible() {
  const { graph, index, visibility } = atlasStore.getState();
  if (!graph || !index || !visibility) throw new Error("no network is open");
  return { graph, index, visibility };
}

async function build(kind: ExportKind): Promise<{ blob: Blob; ext: string }> {
  const { graph, index, visibility } = visible();
  const sigma = graphPane().sigma();
  switch (kind) {
    case "png":
      if (!sigma) throw new Error("the network is not drawn yet");
      return { blob: await viewToPng(sigma), ext: "png" };
    case "svg": {
      if (!sigma) throw new Error("the network is not drawn yet");
      const sub = visibleSubgraph(graph, index, visibility);
      const svg = viewToSvg(sigma, sub.nodes(), sub.edges());
      return { blob: new Blob([svg], { type: "image/svg+xml" }), ext: "svg" };
    }
    case "gexf": {
      const sub = visibleSubgraph(graph, index, visibility);
      const text = writeGexf(sub, {
        formatNode: (_key, attributes) => {
          const { label, x, y, size, ...rest } = attributes;
          return {
            label: String(label ?? ""),
            attributes: rest,
            viz: {
              x: typeof x === "number" ? x : 0,
              y: typeof y === "number" ? y : 0,
              size: typeof size === "number" ? size : 1,
            },
          };
        },
        formatEdge: (_key, attributes) => ({
          attributes,
          ...(typeof attributes.weight === "number" ? { weight: attributes.weight } : {}),
        }),
      });
      return { blob: new Blob([text], { type: "application/gexf+xml" }), ext: "gexf" };
    }
    case "csv": {
      const csv = graphToCsv(visibleSubgraph(graph, index, visibility));
      const stem = `${networkStem()}-${todayIso()}`;
      const zip = zipSync({
        [`${stem}-nodes.csv`]: strToU8(csv.nodes),
        [`${stem}-edges.csv`]: strToU8(csv.edges),
      });
      return {
        blob: new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" }),
        ext: "csv.zip",
      };
    }
    case "bib": {
      const text = papersToBibtex(graph, visiblePaperKeys(index, visibility));
      return { blob: new Blob([text], { type: "application/x-bibtex" }), ext: "bib" };
    }
  }
}

/** Build and download one export; a failure becomes a notice, never a silent nothing. */
export async function runExport(kind: ExportKind): Promise<void> {
  try {
    const { blob, ext } = await build(kind);
    download(blob, exportFileName(ext));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    atlasStore.getState().addNotice(`Export ${kind.toUpperCase()} failed: ${reason}`);
  }
}

/** "Save network": the graph as it was read plus the current view, as `<name>.atlas.json`. */
export function saveNetwork(): void {
  const serialized = currentSerialized();
  if (!serialized) {
    atlasStore.getState().addNotice("Save network failed: no network is open");
    return;
  }
  const view = serializeViewParams(atlasStore.getState().view).toString();
  const text = writeNetworkFile(serialized, view);
  download(
    new Blob([text], { type: "application/json" }),
    `${networkStem()}${NETWORK_FILE_SUFFIX}`,
  );
}
