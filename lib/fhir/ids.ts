import { createHash } from "node:crypto";

// A fixed namespace for the export's name-based UUIDs (RFC 9562, version 5).
const NAMESPACE = Buffer.from("3d1c6a52f0e44b8e9d5a7c2b1e0f4a61", "hex");

/**
 * The same record always gets the same fullUrl, so a receiver that imports a later export can
 * match what it already holds. Name-based (SHA-1) UUIDs: `name` is e.g. "Observation/<id>/numbness".
 */
export function fullUrlFor(name: string): string {
  const hash = createHash("sha1").update(NAMESPACE).update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
