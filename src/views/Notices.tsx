// Notices: URL parameters that were dropped (and why), each dismissible. The whole list is the
// test hook `notice`; it disappears when the last one is dismissed.
import { MissingNetworkNotice } from "./MissingNetworkNotice";
import { useAtlasStore, useNetworkStore } from "./stores";

export function Notices() {
  const notices = useAtlasStore((s) => s.notices);
  const dismiss = useAtlasStore((s) => s.dismissNotice);
  const waiting = useNetworkStore((s) => s.missing !== null);
  if (notices.length === 0 && !waiting) return null;
  return (
    <div className="notices" data-testid="notice" role="status" aria-live="polite">
      <ul>
        <MissingNetworkNotice />
        {notices.map((text, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: notices are dismissed by index
          <li key={`${i}:${text}`} className="notice">
            <span>{text}</span>
            <button
              type="button"
              className="close small"
              onClick={() => dismiss(i)}
              aria-label="Dismiss notice"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
