import "server-only";
import { readSnapshot } from "../client";
import { followUpsDueOf } from "./after-treatment";
import { worklistOf, type WorklistView } from "./worklist";

/** The worklist page in one snapshot: the day's infusions and the follow-up exams due that day. */
export async function worklistPage(date: string, view: WorklistView = {}) {
  return readSnapshot(async (tx) => ({
    list: await worklistOf(tx, date, view),
    followUps: await followUpsDueOf(tx, date, date),
  }));
}
