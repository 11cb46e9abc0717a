"use client";
import { useEffect, useRef } from "react";
import type { ApiAssessment } from "@/db/reads/assessments";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/dates";
import { toBody, type ExamDraft, type ExamValues } from "./exam-draft";
import { examLines } from "./exam-format";

/**
 * The cycle's exam saved from another screen while this one was typed: the server refused this
 * one (409, `examsSeen`) and nothing was saved. Shows that exam beside the values typed here, so
 * the nurse sees what differs before choosing: keep theirs (her draft is discarded) or save hers
 * as another exam of the cycle.
 */
export function SavedMeanwhile({
  theirs,
  by,
  mine,
  onSaveMine,
  onDiscardMine,
}: {
  theirs: ApiAssessment;
  by: string;
  mine: ExamDraft;
  onSaveMine: () => void;
  onDiscardMine: () => void;
}) {
  // The refusal takes the focus to itself: the save button the nurse pressed says nothing.
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => notice.current?.focus(), [theirs.id]);
  const mineByPath = new Map(examLines(toBody(mine) as unknown as ExamValues).map((l) => [l.path, l.text]));
  const lines = examLines(theirs).filter((l) => l.path !== "assessedOn");
  const differ = lines.filter((l) => mineByPath.get(l.path) !== l.text).length;
  return (
    <div
      ref={notice}
      tabIndex={-1}
      role="alert"
      className="flex flex-col gap-2 rounded-lg border-2 border-red-700 bg-red-50 p-3 text-sm"
    >
      <p className="font-semibold">
        Not saved: {by} saved this cycle&apos;s exam at {formatDateTime(theirs.recordedAt)}, while this one was typed.
        {differ === 0
          ? " Every finding is the same as yours."
          : ` ${differ} of its findings ${differ === 1 ? "differs" : "differ"} from yours.`}
      </p>
      <table className="w-full text-left">
        <caption className="sr-only">The exam saved meanwhile beside yours</caption>
        <thead>
          <tr>
            <th scope="col">Finding</th>
            <th scope="col">Saved by {by}</th>
            <th scope="col">Yours</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => {
            const yours = mineByPath.get(l.path) ?? "";
            return (
              <tr key={l.path} className="border-t border-red-200">
                <th scope="row" className="font-medium">
                  {l.label}
                </th>
                <td>{l.text}</td>
                <td className={yours === l.text ? "" : "font-semibold"}>
                  {yours}
                  {yours !== l.text && " (differs)"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={onDiscardMine}>
          Keep theirs and discard mine
        </Button>
        <Button type="button" variant="secondary" onClick={onSaveMine}>
          Save mine as another exam of this cycle
        </Button>
      </div>
    </div>
  );
}
