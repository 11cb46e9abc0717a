// The demo ward's clock. Each step of a patient's story is written at the instant it happened
// (`withSeedClock`, db/ids.ts): exams in the morning clinic, the oncologist's decision some hours
// later, the doses after the infusion. Alerts are then raised and decided over months, with
// realistic hours between, as the alert analytics of a working clinic would show them.
import { instantAt } from "@/lib/dates";
import type { Rng } from "./random";

export class StoryClock {
  private planned = 0;
  private reads = 0;

  /**
   * The instant the next write records. Each read is a millisecond after the one before, so the
   * writes of one step keep their order; a step after the real now is written now, never later.
   */
  readonly read = (): Date => new Date(Math.min(this.planned + this.reads++, Date.now()));

  /** The next writes happen at `minutes` after midnight on the clinic's `day`. */
  at(day: string, minutes: number): void {
    const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    this.atInstant(instantAt(day, time));
  }

  /** The next writes happen `minutes` after the current step. */
  later(minutes: number): void {
    this.atInstant(new Date(this.planned + Math.round(minutes * 60_000)));
  }

  /** The next writes happen at `instant`. */
  atInstant(instant: Date): void {
    this.planned = instant.getTime();
    this.reads = 0;
  }
}

/**
 * Minutes from the exam to the oncologist's decision: about half within two hours, at the chair
 * before the infusion; most of the rest after the morning list; one in seven late in the day.
 */
export function minutesToDecide(rng: Rng): number {
  const u = rng.next();
  if (u < 0.5) return rng.int(20, 120);
  if (u < 0.86) return rng.int(120, 330);
  return rng.int(330, 540);
}
