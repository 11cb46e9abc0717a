import { describe, expect, it } from "vitest";
import { instantAt, shiftDay, today } from "@/lib/dates";
import { minutesToDecide, StoryClock } from "./clock";
import { seededRng } from "./random";

describe("the demo ward's clock", () => {
  it("reads the clinic's time of the step, a millisecond later at each write of it", () => {
    const clock = new StoryClock();
    clock.at("2026-03-02", 8 * 60 + 45);
    const first = clock.read();
    expect(first).toEqual(instantAt("2026-03-02", "08:45"));
    expect(clock.read().getTime()).toBe(first.getTime() + 1);
    clock.later(90);
    expect(clock.read()).toEqual(instantAt("2026-03-02", "10:15"));
  });

  it("never dates a write after the real now", () => {
    const clock = new StoryClock();
    clock.at(shiftDay(today(), 1), 9 * 60);
    expect(clock.read().getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("gives decisions from 20 minutes to 9 hours after the exam, about half within two hours", () => {
    const rng = seededRng("clock test");
    const minutes = Array.from({ length: 2000 }, () => minutesToDecide(rng));
    expect(Math.min(...minutes)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...minutes)).toBeLessThanOrEqual(540);
    const withinTwoHours = minutes.filter((m) => m <= 120).length / minutes.length;
    expect(withinTwoHours).toBeGreaterThan(0.4);
    expect(withinTwoHours).toBeLessThan(0.6);
  });
});
