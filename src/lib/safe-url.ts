const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

/**
 * Links in documents are untrusted text: only web and mail links become clickable, so a
 * `javascript:` URL in a descriptor can never run.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return allowedProtocols.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
