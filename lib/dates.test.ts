import { describe, expect, it } from "vitest";
import {
  dayIn,
  formatDateTime,
  formatDay,
  formatTime,
  instantAt,
  isTimeZone,
  shiftDay,
  today,
  weekStart,
} from "@/lib/dates";

describe("the clinic's dates", () => {
  it("writes a day as 1 Dec 2026, never ISO or mm/dd/yyyy", () => {
    expect(formatDay("2026-12-01")).toBe("1 Dec 2026");
    expect(formatDay("2027-01-09T10:00:00Z")).toBe("9 Jan 2027");
  });

  it("names every month in three letters, September too (ICU's en-GB writes Sept)", () => {
    expect(formatDay("2026-09-23")).toBe("23 Sep 2026");
    const months = Array.from({ length: 12 }, (_, i) => formatDay(`2026-${String(i + 1).padStart(2, "0")}-15`));
    expect(months).toEqual([
      "15 Jan 2026",
      "15 Feb 2026",
      "15 Mar 2026",
      "15 Apr 2026",
      "15 May 2026",
      "15 Jun 2026",
      "15 Jul 2026",
      "15 Aug 2026",
      "15 Sep 2026",
      "15 Oct 2026",
      "15 Nov 2026",
      "15 Dec 2026",
    ]);
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
    expect(formatDateTime("2026-09-23T08:30:00Z", "Europe/Berlin")).toBe("23 Sep 2026, 10:30 CEST");
    // Late evening in UTC is already the next day, and the next month, in Berlin.
    expect(formatDateTime("2026-09-30T22:30:00Z", "Europe/Berlin")).toBe("1 Oct 2026, 00:30 CEST");
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

describe("instantAt", () => {
  it("is the instant the clinic's clocks read that time on that day", () => {
    expect(instantAt("2026-12-01", "09:30", "Europe/Berlin").toISOString()).toBe("2026-12-01T08:30:00.000Z");
    expect(instantAt("2026-07-01", "09:30", "Europe/Berlin").toISOString()).toBe("2026-07-01T07:30:00.000Z");
    expect(instantAt("2026-07-01", "09:30", "America/New_York").toISOString()).toBe("2026-07-01T13:30:00.000Z");
    expect(instantAt("2026-07-01", "09:30", "UTC").toISOString()).toBe("2026-07-01T09:30:00.000Z");
  });

  it("reads back as the same day and time, either side of a clock change", () => {
    for (const day of ["2026-03-28", "2026-03-29", "2026-03-30", "2026-10-24", "2026-10-25", "2026-10-26"]) {
      const at = instantAt(day, "10:15", "Europe/London");
      expect(dayIn(at, "Europe/London")).toBe(day);
      expect(formatTime(at, "Europe/London")).toMatch(/^10:15 /);
    }
  });

  it("puts a time that a clock change skips after the change", () => {
    // 29 Mar 2026: London's clocks go from 01:00 GMT to 02:00 BST.
    const at = instantAt("2026-03-29", "01:30", "Europe/London");
    expect(at.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(formatTime(at, "Europe/London")).toBe("02:30 BST");
  });
});
