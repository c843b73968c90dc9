"use client";
// A shipment's decisions and how to change one: optimistic, one change at a time per discrepancy,
// with a conflict kept for the reviewer to resolve rather than silently overwritten.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { ApiError, fetchJson } from "@/lib/api/fetcher";
import { apiPaths } from "@/lib/api/paths";
import { queries } from "@/lib/api/queries";
import { type Decision, type DecisionChange, openDecision } from "@/lib/decisions/model";

export function useDecisions(shipmentId: string) {
  const query = useQuery(queries.decisions(shipmentId));
  const byEntity = useMemo(
    () => new Map((query.data?.decisions ?? []).map((d) => [d.entity_id, d] as const)),
    [query.data],
  );
  const decisionOf = useCallback(
    (entityId: string) => byEntity.get(entityId) ?? openDecision(entityId, shipmentId),
    [byEntity, shipmentId],
  );
  return { decisionOf, byEntity, ready: query.isSuccess, error: query.error, retry: () => void query.refetch() };
}

export interface Conflict {
  /** What I tried to change. */
  mine: DecisionChange;
  /** The decision as I saw it. */
  base: Decision;
  /** The decision as it is now. */
  current: Decision;
}

export function useChangeDecision(shipmentId: string, entityId: string) {
  const qc = useQueryClient();
  const key = queries.decisions(shipmentId).queryKey;
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const read = () =>
    qc.getQueryData(key)?.decisions.find((d) => d.entity_id === entityId) ?? openDecision(entityId, shipmentId);
  const write = (decision: Decision) =>
    qc.setQueryData(key, (old) => ({
      shipment_id: shipmentId,
      decisions: [...(old?.decisions ?? []).filter((d) => d.entity_id !== entityId), decision],
    }));

  const mutation = useMutation({
    // One change at a time per discrepancy: each is sent with the version the previous one left.
    scope: { id: `decision:${shipmentId}:${entityId}` },
    mutationFn: (change: DecisionChange) =>
      fetchJson<Decision>(apiPaths.decisions(shipmentId), {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ entity_id: entityId, version: read().version, ...change }),
      }),
    onMutate: async (change) => {
      await qc.cancelQueries({ queryKey: key });
      const previous = read();
      const { note: _note, ...fields } = change;
      write({ ...previous, ...fields });
      setConflict(null);
      return { previous };
    },
    onSuccess: (decision) => write(decision),
    onError: (err, change, ctx) => {
      const current =
        err instanceof ApiError && err.code === "CONFLICT" ? (err.body as { current?: Decision })?.current : null;
      if (current) {
        write(current);
        if (ctx) setConflict({ mine: change, base: ctx.previous, current });
      } else if (ctx) write(ctx.previous);
    },
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: queries.activity(shipmentId).queryKey });
      void qc.invalidateQueries({ queryKey: ["worklist"] });
    },
  });

  return {
    change: mutation.mutateAsync,
    pending: mutation.isPending,
    /** The last failure other than a conflict (the conflict has its own panel). */
    error: mutation.error && !conflict ? mutation.error : null,
    conflict,
    keepTheirs: () => setConflict(null),
    lastChange: mutation.variables,
  };
}
