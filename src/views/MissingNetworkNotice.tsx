// The notice for a `local:` link opened where its network is not kept: it names the files the
// network was built from and offers to open them; once files with the same content are opened,
// the link's view applies (networkLoader.showOpenedNetwork). Until then the default network is
// shown, and the address keeps the link.
import { useRef } from "react";
import { networkStore } from "../store/networkStore";
import { useNetworkStore } from "./stores";
import { openFiles } from "./useDataset";

export function MissingNetworkNotice() {
  const missing = useNetworkStore((s) => s.missing);
  const input = useRef<HTMLInputElement>(null);
  if (missing === null) return null;
  const files =
    missing.files.length > 0 ? missing.files.join(", ") : "files this browser has not seen";
  return (
    <li className="notice notice-missing">
      <span>
        This link shows a network built from {files}. It is not kept in this browser: open{" "}
        {missing.files.length === 1 ? "that file" : "those files"} to see the linked view. Showing
        the default network meanwhile.
      </span>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Choose them…
      </button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        multiple
        tabIndex={-1}
        aria-label={`Open ${files}`}
        data-testid="open-missing-files"
        onChange={(e) => {
          const chosen = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = "";
          if (chosen.length > 0) openFiles(chosen);
        }}
      />
      <button
        type="button"
        className="close small"
        aria-label="Dismiss notice"
        onClick={() => networkStore.setState({ missing: null })}
      >
        ×
      </button>
    </li>
  );
}
