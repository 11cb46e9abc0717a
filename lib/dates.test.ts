import { describe, expect, it } from "vitest";
import { dayIn, formatDateTime, formatDay, formatTime, isTimeZone, shiftDay, today, weekStart } from "@/lib/dates";

describe("the clinic's dates", () => {
  it("writes a day as 1 Dec 2026, never ISO or mm/dd/yyyy", () => {
    expect(formatDay("2026-12-01")).toBe("1 Dec 2026");
    expect(formatDay("2027-01-09T10:00:00Z")).toBe("9 Jan 2027");
  });

  it("tells the day by the clinic's zone, not UTC", () => {
    const lateEvening = new Date("2026-12-01T23:30:00Z");
    expect(dayIn(lateEvening, "UTC")).toBe("2026-12-01");
    expect(dayIn(lateEvening, "Europe/Berlin")).toBe("2026-12-02");
    expect(dayIn(lateEvening, "America/New_York")).toBe("2026-12-01");
  });

  it("reads CLINIC_TIME_ZONE for today", () => {
    const before = process.env.CLINIC_TIME_ZONE;
    process.env.CLINIC_TIME_ZONE = "Pacific/Auckland";
    try {
      expect(today(new Date("2026-12-01T12:00:00Z"))).toBe("2026-12-02");
    } finally {
      if (before === undefined) delete process.env.CLINIC_TIME_ZONE;
      else process.env.CLINIC_TIME_ZONE = before;
    }
  });

  it("writes times on a 24-hour clock with the zone", () => {
    expect(formatTime("2026-12-01T13:05:00Z", "UTC")).toBe("13:05 UTC");
    expect(formatDateTime("2026-12-01T13:05:00Z", "Europe/Berlin")).toBe("1 Dec 2026, 14:05 CET");
  });

  it("shifts days across months and years", () => {
    expect(shiftDay("2026-12-31", 1)).toBe("2027-01-01");
    expect(shiftDay("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("knows a real zone from a typo", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("weekStart", () => {
  it("is the Monday of the day's week, across a month and a year end", () => {
    expect(weekStart("2026-12-01")).toBe("2026-11-30"); // a Tuesday
    expect(weekStart("2026-11-30")).toBe("2026-11-30"); // a Monday
    expect(weekStart("2027-01-03")).toBe("2026-12-28"); // a Sunday
  });
});
