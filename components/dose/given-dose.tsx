"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { EnteredInErrorFormWhenOpened } from "@/components/exam/entered-in-error-loader";
import { Button } from "@/components/ui/button";
import type { Dose as ApiDose } from "@/db/schema";
import { api } from "@/lib/client/api";
import { formatDay } from "@/lib/dates";
import { useHydrated } from "@/lib/client/use-hydrated";

/** One dose recorded for the cycle, with who recorded it; a nurse or an oncologist may mark it entered in error. */
export function GivenDose({
  dose: stored,
  name,
  people,
  canRecord,
}: {
  dose: ApiDose;
  name: string;
  people: Record<string, string>;
  canRecord: boolean;
}) {
  const router = useRouter();
  const [marking, setMarking] = useState(false);
  // Its code may come after the page's (lib/client/split-off.tsx): a press before then would do nothing.
  const hydrated = useHydrated();
  // Safe to show at once: the dose is struck, never removed; a refusal puts it back.
  const [struckFor, setStruckFor] = useState<string | null>(null);
  const dose: ApiDose =
    struckFor !== null && stored.status !== "entered-in-error"
      ? { ...stored, status: "entered-in-error", errorReason: struckFor }
      : stored;
  const inError = dose.status === "entered-in-error";
  const markInError = useMutation({
    mutationFn: (reason: string) =>
      api("POST /api/doses/{id}/entered-in-error", { params: { id: dose.id }, body: { reason } }),
    onMutate: (reason) => setStruckFor(reason),
    onError: () => setStruckFor(null),
    onSuccess: () => setMarking(false),
    // The page read again brings the dose as stored.
    onSettled: () => router.refresh(),
  });
  return (
    <li className="rounded-md border border-slate-300 bg-white p-3 text-sm">
      <span className={inError ? "line-through" : ""}>
        {name} {dose.dose} {dose.unit} x {dose.administrations}
        {dose.route ? ` ${dose.route}` : ""} on {formatDay(dose.givenOn)}
      </span>{" "}
      · recorded by {people[dose.recordedBy] ?? "unknown"}
      {inError && <strong> · Entered in error: {dose.errorReason}</strong>}
      {canRecord && !inError && !marking && (
        <Button type="button" variant="ghost" className="ml-2" disabled={!hydrated} onClick={() => setMarking(true)}>
          Mark {name.toLowerCase()} dose entered in error
        </Button>
      )}
      {marking && (
        <div className="mt-2">
          <EnteredInErrorFormWhenOpened
            what={`this ${name.toLowerCase()} dose`}
            pending={markInError.isPending}
            error={markInError.error?.message}
            onConfirm={(reason) => markInError.mutate(reason)}
            onCancel={() => setMarking(false)}
          />
        </div>
      )}
    </li>
  );
}
