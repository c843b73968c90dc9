// A user's preference (theme, language) kept in a plain cookie for a year, site-wide, so the
// server renders the next page in it from the first byte. Browser-only.

export function rememberChoice(name: string, value: string): void {
  // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie, read by the server
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax`;
}
