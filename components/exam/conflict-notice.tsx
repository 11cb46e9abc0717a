"use client";
import type { ApiAssessment } from "@/db/reads/assessments";
import { Button } from "@/components/ui/button";
import { toBody, type ExamDraft, type ExamValues } from "./exam-draft";
import { changedLines, examLines } from "./exam-format";

/**
 * The second of two people amending one exam: the server refused the save (409) and kept the
 * other amendment. Shows what they changed since this form was opened, beside the value typed
 * here, and lets the nurse choose; nothing is saved until she saves again.
 */
export function ConflictNotice({
  read,
  current,
  mine,
  onKeepMine,
  onTakeTheirs,
}: {
  read: ApiAssessment;
  current: ApiAssessment | null;
  mine: ExamDraft;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  if (!current) {
    return (
      <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 text-sm">
        <p className="font-semibold">Not saved: this exam was changed by someone else and can no longer be amended.</p>
      </div>
    );
  }
  const theirs = changedLines(read, current);
  const mineByPath = new Map(examLines(toBody(mine) as unknown as ExamValues).map((l) => [l.path, l.text]));
  return (
    <div role="alert" className="flex flex-col gap-2 rounded-lg border-2 border-red-700 bg-red-50 p-3 text-sm">
      <p className="font-semibold">
        Not saved: someone else amended this exam while you were editing it (now version {current.version}). Nothing was
        overwritten.
      </p>
      {current.statusReason && <p>Their reason: {current.statusReason}</p>}
      {theirs.length > 0 ? (
        <table className="w-full text-left">
          <caption className="sr-only">What changed since you opened the exam</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">When you opened it</th>
              <th scope="col">Now saved</th>
              <th scope="col">Your value</th>
            </tr>
          </thead>
          <tbody>
            {theirs.map((l) => (
              <tr key={l.path} className="border-t border-red-200">
                <th scope="row" className="font-medium">
                  {l.label}
                </th>
                <td>{l.before}</td>
                <td>{l.text}</td>
                <td>{mineByPath.get(l.path) ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Their amendment changed no value, only the record&apos;s version.</p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={onTakeTheirs}>
          Start again from their version
        </Button>
        <Button type="button" variant="secondary" onClick={onKeepMine}>
          Keep my values and review them against theirs
        </Button>
      </div>
    </div>
  );
}
