import { AppError } from "@/lib/api/errors";
import { baseHeaders } from "@/lib/server/base-headers.mjs";
import { benchFloorEnabled, floorSearch } from "@/lib/sitoo/bench-floor";

export const dynamic = "force-dynamic";

// The benchmark's floor (lib/sitoo/bench-floor.ts): 404 unless the server started with BENCH_FLOOR=1.
export async function GET(_req: Request, { params }: { params: Promise<{ shipmentId: string }> }) {
  if (!benchFloorEnabled())
    return Response.json(new AppError("NOT_FOUND", "There is nothing at this address.").toBody(crypto.randomUUID()), {
      status: 404,
      headers: baseHeaders(true),
    });
  return floorSearch((await params).shipmentId);
}
