// Matching URLs against configured origins, where `https://*.cloudfront.net` matches any one or
// more subdomain labels of cloudfront.net over https.

import "server-only";

export function originMatches(url: string, pattern: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const wildcard = /^(https?):\/\/\*\.(.+)$/.exec(pattern);
  if (wildcard) {
    return parsed.protocol === `${wildcard[1]}:` && !parsed.port && parsed.hostname.endsWith(`.${wildcard[2]}`);
  }
  try {
    return parsed.origin === new URL(pattern).origin;
  } catch {
    return false;
  }
}

export function isAllowedUrl(url: string, origins: readonly string[]): boolean {
  return origins.some((o) => originMatches(url, o));
}
