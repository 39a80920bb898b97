// The Network menu (over the canvas, beside the network's name and counts; the toolbar has no
// room left at laptop widths): "Save network" (the graph and the view as a .atlas.json file, which Open
// files or a drop opens again), Export (ExportMenu), the networks this site hosts
// (data/index.json) and the ones kept in this browser (RecentNetworks).
import { useShallow } from "zustand/react/shallow";
import { DEFAULT_NETWORK } from "../networks/networkIndex";
import { ExportMenu } from "./ExportMenu";
import { saveNetwork } from "./exports";
import { formatDate, plural } from "./format";
import { Menu } from "./Menu";
import { loadHostedIndex, openHosted, refreshKept } from "./networkLoader";
import { RecentNetworks } from "./RecentNetworks";
import { useNetworkStore } from "./stores";

export function NetworkMenu() {
  const { hosted, source } = useNetworkStore(
    useShallow((s) => ({ hosted: s.hosted, source: s.source })),
  );
  const networks = hosted?.networks ?? [];
  const current = source.kind === "hosted" ? source.name : null;
  return (
    <Menu
      label="Network"
      testId="network-picker"
      onOpen={() => {
        void loadHostedIndex();
        void refreshKept();
      }}
    >
      {(close) => (
        <>
          <button
            type="button"
            className="menu-item"
            data-testid="save-network"
            onClick={() => {
              saveNetwork();
              close();
            }}
          >
            <span>Save network</span>
            <span className="muted small">this network and view as a .atlas.json file</span>
          </button>
          <ExportMenu close={close} />
          <h2 className="menu-heading">On this site</h2>
          <ul className="menu-list" aria-label="Networks on this site">
            {(networks.length > 0
              ? networks
              : [
                  {
                    name: DEFAULT_NETWORK,
                    title: "Default profile",
                    papers: null,
                    authors: null,
                    asOf: "",
                  },
                ]
            ).map((n) => (
              <li key={n.name}>
                <button
                  type="button"
                  className="menu-item"
                  aria-current={n.name === current ? "true" : undefined}
                  data-network={n.name}
                  onClick={() => {
                    close();
                    void openHosted(n.name, null);
                  }}
                >
                  <span>{n.title}</span>
                  {n.papers !== null && (
                    <span className="muted small">
                      {plural(n.papers, "paper")} · {plural(n.authors ?? 0, "author")}
                      {n.asOf ? ` · as of ${formatDate(n.asOf)}` : ""}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
          <RecentNetworks onOpen={close} />
        </>
      )}
    </Menu>
  );
}
