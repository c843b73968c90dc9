// Who the dashboard speaks for to outsiders, and where they reach it: COMPANY_NAME (named on
// claim reports, evidence links and e-mails) and PUBLIC_URL (the origin of evidence links;
// default AUTH_URL, else the origin of the request that made the link). Server-only.
import "server-only";
import { publicOrigin } from "./client-address";

export const DEFAULT_COMPANY_NAME = "Shipment Photo Review";

export function companyName(env: Record<string, string | undefined> = process.env): string {
  // One line of plain text: it is printed in PDFs, pages and e-mail subjects.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
  const name = (env.COMPANY_NAME ?? "").replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
  return name.slice(0, 120) || DEFAULT_COMPANY_NAME;
}

/** The origin evidence links are written with. */
export function linkOrigin(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  const configured = env.PUBLIC_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {}
  }
  return publicOrigin(headers);
}
