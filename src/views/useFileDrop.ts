// Drag and drop onto the whole page: files or folders dropped anywhere are opened (a folder's
// files read recursively, as "Open folder" does); `dragging` drives the drop hint. Counts
// enter/leave pairs because they fire for every child element crossed.
import { useEffect, useState } from "react";
import { LIMITS } from "../filesToGraph/limits";
import { dropEntries, filesFromEntries } from "./droppedFiles";

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes("Files");
}

export function useFileDrop(onFiles: (files: File[], names?: string[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const entries = dropEntries(e.dataTransfer);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (entries?.some((entry) => entry.isDirectory)) {
        // A folder the browser cannot walk goes to the load as dropped: it reports the reason.
        void filesFromEntries(entries, LIMITS.maxFiles).then(
          (found) => (found.files.length > 0 ? onFiles(found.files, found.names) : undefined),
          () => onFiles(files),
        );
        return;
      }
      if (files.length > 0) onFiles(files);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, [onFiles]);
  return dragging;
}
