import { addDays, formatISO, parseISO, startOfISOWeek } from "date-fns";

// One way to tell and write dates in the whole app (docs/api.md, "Version 1.1"):
// the clinic's day is the calendar day in CLINIC_TIME_ZONE (an IANA name; the server's zone
// when unset), days read "1 Dec 2026", times "14:05" with their zone.

/** The server's zone, read once: resolving it builds a formatter, and every write asks for today. */
let serverZone: string | undefined;

/** The clinic's IANA time zone: CLINIC_TIME_ZONE, else the server's own. */
export function clinicTimeZone(): string {
  return process.env.CLINIC_TIME_ZONE || (serverZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** True when `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day, YYYY-MM-DD, that `instant` falls on in `zone`. */
export function dayIn(instant: Date, zone: string): string {
  return dayFormatIn(zone).format(instant);
}

/** One formatter per zone, kept: making one costs more than many formats, and every write asks for today. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormatIn(zone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(zone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(zone, format);
  }
  return format;
}

/** Today's calendar day in the clinic, YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return dayIn(now, clinicTimeZone());
}

/** The day `days` after (or before, when negative) a YYYY-MM-DD day. */
export function shiftDay(day: string, days: number): string {
  return formatISO(addDays(parseISO(day), days), { representation: "date" });
}

/** The Monday of the week a YYYY-MM-DD day falls in (weeks run Monday to Sunday, ISO 8601). */
export function weekStart(day: string): string {
  return formatISO(startOfISOWeek(parseISO(day)), { representation: "date" });
}

// The months by name, not by Intl: ICU's en-GB short month for September is "Sept" (Node 20's ICU 78),
// while every page writes days as "1 Dec 2026", three letters (docs/security.md, "Accessibility").
// Written out here, Node and every browser write the same words, and no locale data is shipped.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "1 Dec 2026" for the calendar day "2026-12-01" (a day has no zone). */
export function formatDay(day: string): string {
  const [year, month, date] = day.slice(0, 10).split("-");
  return `${Number(date)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** "14:05 CET": the clock time of an instant in the clinic's zone, with the zone's name. */
export function formatTime(instant: string | Date, zone: string = clinicTimeZone()): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).format(new Date(instant));
}

/** "1 Dec 2026, 14:05 CET": an instant as the clinic reads it. */
export function formatDateTime(instant: string | Date, zone: string = clinicTimeZone()): string {
  const at = new Date(instant);
  return `${formatDay(dayIn(at, zone))}, ${formatTime(at, zone)}`;
}

/** How far `zone`'s clocks are ahead of UTC at `instant`, in milliseconds. */
function zoneOffsetMs(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant the clinic's clocks read `time` ("HH:MM") on `day`; a time skipped by a clock change falls after it. */
export function instantAt(day: string, time: string, zone: string = clinicTimeZone()): Date {
  const wall = Date.parse(`${day}T${time}:00Z`);
  // Read back in the zone twice: the offset of the first guess may differ across a clock change.
  const first = wall - zoneOffsetMs(new Date(wall), zone);
  return new Date(wall - zoneOffsetMs(new Date(first), zone));
}
