// "Copy link": the clipboard API where the page may use it, a hidden textarea otherwise, and a
// short-lived status the toolbar announces ("Copied" / "Copy failed").
import { useCallback, useEffect, useRef, useState } from "react";
import { flushUrl } from "./controllers/UrlController";

function copyWithTextarea(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

export type CopyStatus = "idle" | "copied" | "failed";

export function useCopyLink(): [CopyStatus, () => void] {
  const [status, setStatus] = useState<CopyStatus>("idle");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const copy = useCallback(() => {
    // URL writes are throttled (UrlController): bring the address up to date before reading it.
    flushUrl();
    const text = window.location.href;
    const done = (ok: boolean) => {
      setStatus(ok ? "copied" : "failed");
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => setStatus("idle"), 2500);
    };
    if (navigator.clipboard?.writeText) {
      navigator.clipboard.writeText(text).then(
        () => done(true),
        () => done(copyWithTextarea(text)),
      );
    } else {
      done(copyWithTextarea(text));
    }
  }, []);

  return [status, copy];
}
