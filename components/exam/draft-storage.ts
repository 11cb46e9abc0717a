import type { ExamDraft } from "./exam-draft";

// An exam typed but not saved survives a reload in this browser: one entry per cycle (or per
// amended exam) and per user, removed once saved. A ward's tablet is shared, so a draft is its
// typist's alone: another user opening the cycle starts from a blank form rather than from
// findings they did not take (which would be saved under their name), and the next sign-in in
// this browser removes every draft but the new user's own.
const DRAFTS = "cipn-watch:exam-draft:";
// "v2": drafts stored before blanks and "not done" were told apart are not read back.
const STORAGE_PREFIX = `${DRAFTS}v2:`;

export interface StoredDraft {
  draft: ExamDraft;
  marks: Record<string, string>;
  savedAt: string;
}

/** The storage entry of `key` (a cycle, an amended exam's version) typed by `userId`. */
const entry = (key: string, userId: string) => `${STORAGE_PREFIX}${key}:by:${userId}`;

export function loadStoredDraft(key: string, userId: string): StoredDraft | null {
  try {
    const raw = window.localStorage.getItem(entry(key, userId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredDraft>;
    return parsed.draft?.monofilament && parsed.savedAt
      ? { draft: parsed.draft, marks: parsed.marks ?? {}, savedAt: parsed.savedAt }
      : null;
  } catch {
    return null;
  }
}

export function storeDraft(key: string, userId: string, draft: Omit<StoredDraft, "savedAt">): void {
  try {
    const stored: StoredDraft = { draft: draft.draft, marks: draft.marks, savedAt: new Date().toISOString() };
    window.localStorage.setItem(entry(key, userId), JSON.stringify(stored));
  } catch {
    // A full or blocked storage only loses the safety net, never the form itself.
  }
}

export function clearStoredDraft(key: string, userId: string): void {
  try {
    window.localStorage.removeItem(entry(key, userId));
  } catch {
    // Nothing to clear.
  }
}

/** At sign-in: every exam draft in this browser but those of `userId` is removed, of any version. */
export function keepOnlyDraftsOf(userId: string): void {
  try {
    const others = Object.keys(window.localStorage).filter(
      (name) => name.startsWith(DRAFTS) && !name.endsWith(`:by:${userId}`),
    );
    for (const name of others) window.localStorage.removeItem(name);
  } catch {
    // Nothing to clear.
  }
}
