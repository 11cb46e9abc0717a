import "server-only";
import { readSnapshot } from "../client";
import type { AlertFilter } from "./alerts";
import { settledHoldsOf } from "./holds";
import {
  alertsWithPatientsOf,
  overrideCountsOf,
  reviewOf,
  unlessNotFound,
  type AlertWithPatient,
  type PatientReview,
} from "./patient-summary";

/**
 * Everything the alerts page shows, in one snapshot: the alerts the filter lets through with
 * their patients, how often each kind is overridden, the review of each patient the page shows
 * (`shown` picks them from the alerts; a patient gone since is left out), and the holds settled
 * since at the filter's site.
 */
export async function openAlertsPage(filter: AlertFilter, shown: (alerts: AlertWithPatient[]) => readonly string[]) {
  return readSnapshot(async (tx) => {
    const alerts = await alertsWithPatientsOf(tx, filter);
    const reviews = new Map<string, PatientReview | null>();
    for (const patientId of shown(alerts))
      reviews.set(patientId, await unlessNotFound(async () => reviewOf(tx, patientId)));
    return { alerts, overrides: await overrideCountsOf(tx), reviews, holds: await settledHoldsOf(tx, filter.siteId) };
  });
}
