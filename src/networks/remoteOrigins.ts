// Origins a deployer allows remote networks from, read at build time (vite.config.ts) from the
// ATLAS_REMOTE_ORIGINS variable. No imports: the Vite config loads this file as it is.

/**
 * Origins a deployer allows remote networks from (comma- or space-separated, as in the
 * ATLAS_REMOTE_ORIGINS build variable). Each must be an https origin (http only for localhost);
 * anything else throws, so a typo fails the build rather than opening a hole.
 */
export function parseAllowedOrigins(value: string | undefined): string[] {
  if (value === undefined || value.trim() === "") return [];
  const origins: string[] = [];
  for (const item of value.split(/[\s,]+/)) {
    if (item === "") continue;
    let url: URL;
    try {
      url = new URL(item);
    } catch {
      throw new Error(`ATLAS_REMOTE_ORIGINS: ${item} is not a URL`);
    }
    const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
    if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) {
      throw new Error(`ATLAS_REMOTE_ORIGINS: ${item} must be an https origin`);
    }
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  return origins;
}
