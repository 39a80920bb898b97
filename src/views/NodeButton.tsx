// A link-like button that selects a node and brings it into view (details lists).
import type { ReactNode } from "react";
import { graphPane } from "../render/graphPane";
import { atlasStore } from "../store/atlasStore";

export function NodeButton({ nodeKey, children }: { nodeKey: string; children: ReactNode }) {
  return (
    <button
      type="button"
      className="node-link"
      onClick={() => {
        atlasStore.getState().select(nodeKey);
        graphPane().focusNode(nodeKey);
      }}
    >
      {children}
    </button>
  );
}
