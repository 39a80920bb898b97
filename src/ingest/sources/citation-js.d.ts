// Types for the part of citation-js this project calls (the packages ship none): the input
// chain that turns RIS text or CSL objects into CSL items.
declare module "@citation-js/core" {
  export const plugins: {
    input: {
      chain(data: unknown, options: { forceType?: string; generateGraph?: boolean }): unknown[];
    };
  };
}

declare module "@citation-js/plugin-ris";
