// A link-like button that selects a node and brings it into view (details lists).
import { type ReactNode, useContext } from "react";
import { focusNode } from "../render/focusNode";
import { atlasStore } from "../store/atlasStore";
import { SigmaHandleContext } from "./sigmaHandle";

export function NodeButton({ nodeKey, children }: { nodeKey: string; children: ReactNode }) {
  const sigma = useContext(SigmaHandleContext);
  return (
    <button
      type="button"
      className="node-link"
      onClick={() => {
        atlasStore.getState().select(nodeKey);
        if (sigma.current) focusNode(sigma.current, nodeKey);
      }}
    >
      {children}
    </button>
  );
}
