/** The only link schemes a note may hold: a pasted or typed `javascript:` or `data:` link never becomes a link. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link a user typed, normalised (`shop.example` becomes `https://shop.example/`), or null when it is
 * not an http, https or mailto address.
 *
 * @example safeHref('javascript:alert(1)') // null
 */
export function safeHref(raw: string): string | null {
  const text = raw.trim();
  if (!text || /\s/.test(text)) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  const candidate = hasScheme ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname.includes('.') && url.hostname !== 'localhost') return null;
  return url.href;
}
