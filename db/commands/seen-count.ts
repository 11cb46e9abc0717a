import { ConflictError } from "../errors";

/**
 * The check behind a new dose's `dosesSeen` and a new exam's `examsSeen` (docs/api.md, "Version
 * 1.1"): the records the screen showed against those the store holds now, oldest first. Another
 * number means another screen wrote meanwhile: the write is refused (409) naming what it wrote,
 * with the records as they stand.
 */
export function refuseUnlessSeen<R>(
  stored: readonly R[],
  seen: number,
  words: { added: (latest: R) => string; changed: string },
  current: Record<string, readonly R[]>,
): void {
  if (stored.length === seen) return;
  const latest = stored.at(-1);
  throw new ConflictError(latest !== undefined && stored.length > seen ? words.added(latest) : words.changed, current);
}
