// The one long-lived sigma instance, handed to the render-less controllers through context.
import { createContext, useContext } from "react";
import type Sigma from "sigma";

export const SigmaContext = createContext<Sigma | null>(null);

/** The sigma instance; controllers render only inside GraphView, where it exists. */
export function useSigma(): Sigma {
  const sigma = useContext(SigmaContext);
  if (sigma === null) throw new Error("useSigma: used outside <GraphView>");
  return sigma;
}
