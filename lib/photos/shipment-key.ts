// The composite key Sitoo stores on each shipment photo: shipmentId|sku|reasonCode|discrepancyId.

export interface ShipmentKey {
  shipment_id: string;
  sku: string;
  reason_code: string;
  discrepancy_id: string;
}

/** Shipment IDs as staff type them: 1–64 of A–Z a–z 0–9 - _ . (never `|`, the key separator). */
export const SHIPMENT_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export function isShipmentId(value: string): boolean {
  return SHIPMENT_ID_PATTERN.test(value);
}

/** Explains why a typed shipment ID is refused, or returns null when it is valid. */
export function shipmentIdProblem(value: string): string | null {
  if (value.length === 0) return "Enter a shipment ID.";
  if (value.length > 64) return "A shipment ID has at most 64 characters.";
  if (!SHIPMENT_ID_PATTERN.test(value)) return "Use only letters, digits, dash, underscore and dot.";
  return null;
}

/** The key of an entity_id with exactly four non-empty segments; null for anything else. */
export function parseEntityId(entityId: string): ShipmentKey | null {
  const parts = entityId.split("|");
  if (parts.length !== 4 || parts.some((p) => p.length === 0)) return null;
  const [shipment_id, sku, reason_code, discrepancy_id] = parts as [string, string, string, string];
  return { shipment_id, sku, reason_code, discrepancy_id };
}

/**
 * Sitoo's search matches entity_id by prefix, so searching `1RT823V9` also returns `1RT823V93`.
 * A file belongs to a shipment only when its first segment equals the shipment ID exactly.
 */
export function belongsToShipment(entityId: string, shipmentId: string): boolean {
  const end = entityId.indexOf("|");
  return (end === -1 ? entityId : entityId.slice(0, end)) === shipmentId;
}
