// "Open folder": a directory picker (the input's `webkitdirectory`, supported by every current
// browser) whose files, read recursively, all go to one load; each file's format is decided by
// its content, and its path inside the folder names it in progress and errors.
import { useRef } from "react";
import { openFiles } from "./useDataset";

export function OpenFolderButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Open folder
      </button>
      <input
        ref={(element) => {
          input.current = element;
          // Not in React's attribute types: set on the element itself.
          element?.setAttribute("webkitdirectory", "");
        }}
        className="visually-hidden"
        type="file"
        multiple
        aria-label="Open a folder of profile exports and publication lists"
        data-testid="open-folder"
        tabIndex={-1}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = "";
          if (files.length > 0) openFiles(files);
        }}
      />
    </>
  );
}
