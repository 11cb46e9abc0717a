import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export const newId = (): string => randomUUID();

/**
 * The clock of a seeded history (the demo ward), scoped to the seeding's own async calls: code
 * running outside `withSeedClock`, a request served meanwhile included, reads the real time.
 */
const seedClock = new AsyncLocalStorage<() => Date>();

/** The instant every write records: the real time, or the seeding's clock inside `withSeedClock`. */
export const now = (): string => (seedClock.getStore()?.() ?? new Date()).toISOString();

/**
 * Runs `work` with every write inside it dated by `clock`, so that a seeded history has its
 * alerts raised and decided, its doses recorded and its audit rows written when they happened.
 * For seeding only: the app's own writes are always dated by the real time.
 */
export function withSeedClock<T>(clock: () => Date, work: () => Promise<T>): Promise<T> {
  return seedClock.run(clock, work);
}
