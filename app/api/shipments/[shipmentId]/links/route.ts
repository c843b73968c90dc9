import { apiRoute } from "@/lib/api/route";
import { parseInput, shipmentIdSchema } from "@/lib/api/schemas";
import { db } from "@/lib/db/client";
import { shipmentLinks } from "@/lib/db/links";
import { requestLocale } from "@/lib/i18n/locale";
import { makeLink } from "@/lib/links/service";
import { linkOrigin } from "@/lib/server/public-identity";

export const dynamic = "force-dynamic";

/** The shipment's evidence links, newest first. */
export const GET = apiRoute<{ shipmentId: string }>({ role: "viewer" }, async ({ params }) => {
  const shipmentId = parseInput(shipmentIdSchema, params.shipmentId, "shipment ID");
  return { links: await shipmentLinks(await db(), shipmentId) };
});

/** Reviewer: a new evidence link → 201 `{ link, url, mail }`; `url` is shown once and never stored. */
export const POST = apiRoute<{ shipmentId: string }>(
  { role: "reviewer" },
  async ({ req, params, user, session, json, requestId }) => {
    const shipmentId = parseInput(shipmentIdSchema, params.shipmentId, "shipment ID");
    const made = await makeLink({
      shipmentId,
      body: await json(),
      user,
      displayName: session.displayName,
      locale: requestLocale(req.headers),
      origin: linkOrigin(req.headers),
      requestId,
    });
    return Response.json(made, { status: 201 });
  },
);
