// The owner picker in an author's details: "Mark as owner" for any author of a network, and
// "Not the owner" for one the user marked (a profile's or `--owner`'s owner comes from the
// inputs and stays). The choice is an identity decision: in the URL (`owners`) and the
// identities file.
import { add } from "./IdentityPanel";
import { useAtlasStore } from "./stores";

export function OwnerToggle({ name, owner }: { name: string; owner: boolean }) {
  const choices = useAtlasStore((s) => s.view.identity);
  const setIdentity = useAtlasStore((s) => s.setIdentity);
  const marked = choices.owner.indexOf(name);
  if (owner && marked < 0) return null;
  return marked >= 0 ? (
    <button
      type="button"
      className="owner-toggle"
      onClick={() =>
        setIdentity({ ...choices, owner: choices.owner.filter((_n, i) => i !== marked) })
      }
    >
      Not the owner
    </button>
  ) : (
    <button
      type="button"
      className="owner-toggle"
      onClick={() => setIdentity(add(choices, "owner", name))}
      title="Mark this author as the person the network is about"
    >
      Mark as owner
    </button>
  );
}
