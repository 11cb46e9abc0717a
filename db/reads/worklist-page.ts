import "server-only";
import { readSnapshot } from "../client";
import { followUpsDueOf } from "./after-treatment";
import { worklistOf, type WorklistView } from "./worklist";

/** The worklist page in one snapshot: the day's infusions and the follow-up exams due that day. */
export async function worklistPage(date: string, view: WorklistView = {}) {
  return readSnapshot((tx) => ({ list: worklistOf(tx, date, view), followUps: followUpsDueOf(tx, date, date) }));
}
