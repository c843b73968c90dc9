import { apiRoute } from "@/lib/api/route";
import { parseInput, shipmentIdSchema } from "@/lib/api/schemas";
import type { CatalogAnswer } from "@/lib/photos/types";
import { catalogEnabled, catalogForSkus } from "@/lib/sitoo/catalog";
import { shipmentSkus } from "@/lib/sitoo/media";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ shipmentId: string }>(
  { role: "viewer" },
  async ({ params, requestId }): Promise<CatalogAnswer> => {
    const shipmentId = parseInput(shipmentIdSchema, params.shipmentId, "shipment ID");
    // Without SITOO_API_BASE_URL and SITOO_SITE_ID the feature is off; that is not an error.
    if (!catalogEnabled()) return { enabled: false };
    const skus = await shipmentSkus(shipmentId, { requestId });
    return { enabled: true, shipment_id: shipmentId, products: await catalogForSkus(skus, { requestId }) };
  },
);
