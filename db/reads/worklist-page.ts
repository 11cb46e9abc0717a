import "server-only";
import { readSnapshot } from "../client";
import type { Role } from "@/lib/domain/codes";
import { followUpsDueOf } from "./after-treatment";
import { draftsAwaiting } from "./plans";
import { worklistOf, type WorklistView } from "./worklist";

/**
 * The worklist page in one snapshot: the day's infusions, the follow-up exams due that day, and
 * the plan drafts that wait for the user's signature.
 */
export async function worklistPage(date: string, user: { id: string; role: Role }, view: WorklistView = {}) {
  return readSnapshot(async (tx) => ({
    list: await worklistOf(tx, date, view),
    followUps: await followUpsDueOf(tx, date, date),
    drafts: await draftsAwaiting(tx, user, view.siteId),
  }));
}
