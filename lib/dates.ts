import { formatISO } from "date-fns";

/** Today's calendar day on the server's clock, YYYY-MM-DD. */
export function today(): string {
  return formatISO(new Date(), { representation: "date" });
}
