// A ref to the sigma instance for panels outside the graph container (search, details), which
// only need it to move the camera; controllers inside GraphView use the SigmaContext instead.
import { createContext, type RefObject } from "react";
import type Sigma from "sigma";

export const SigmaHandleContext = createContext<RefObject<Sigma | null>>({ current: null });
