"use client";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useRef } from "react";
import { useClinicZone } from "@/components/clinic-zone";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import { useHydrated } from "@/lib/client/use-hydrated";
import { formatTime } from "@/lib/dates";

/** The code in two groups of four, easier to read out and to type. */
const grouped = (code: string) => `${code.slice(0, 4)} ${code.slice(4)}`;

/**
 * Issues a one-time code for the patient's own report and fills the screen with it and its QR
 * code, for the patient's phone or the waiting-room tablet. Escape or Done closes it.
 */
export function IssueCode({ patientId, givenName }: { patientId: string; givenName: string }) {
  const zone = useClinicZone();
  const titleId = useId();
  const showId = useId();
  const hydrated = useHydrated();
  const issue = useMutation({
    mutationFn: () => api("POST /api/patients/{id}/self-report-invitations", { params: { id: patientId } }),
  });
  const invitation = issue.data?.invitation;

  // A native modal dialog: the focus stays in it (Tab went on to the page behind) and Escape
  // closes it.
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (invitation && !dialog.current?.open) dialog.current?.showModal();
  }, [invitation]);

  return (
    <>
      <div className="flex flex-col items-start gap-3">
        <Button
          id={showId}
          type="button"
          onClick={() => issue.mutate()}
          disabled={!hydrated || issue.isPending}
          className="text-base"
        >
          {issue.isPending ? "Issuing…" : "Show a new code"}
        </Button>
        {issue.error && (
          <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-2 text-sm text-red-900">
            {issue.error.message}
          </p>
        )}
      </div>
      {invitation && (
        <dialog
          ref={dialog}
          onClose={() => {
            issue.reset();
            // The button was disabled while the code was issued, so the dialog has no focus to give back.
            document.getElementById(showId)?.focus();
          }}
          aria-labelledby={titleId}
          className="fixed inset-0 z-50 m-0 flex h-full max-h-none w-full max-w-none flex-col items-center justify-center gap-4 overflow-auto bg-white p-6 text-center"
        >
          <h1 id={titleId} className="text-3xl font-semibold">
            {givenName}, please answer a few questions while you wait
          </h1>
          <p className="text-xl">
            Scan the square with your phone&apos;s camera, or open the address and type the code.
          </p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: SVG made on the server, no image pipeline needed */}
          <img
            src={`data:image/svg+xml;utf8,${encodeURIComponent(invitation.qrSvg)}`}
            alt={`QR code for ${invitation.url}`}
            className="h-auto w-72 max-w-full"
          />
          <p className="text-xl">
            Code:{" "}
            <strong data-testid="self-report-code" className="font-mono text-5xl tracking-widest">
              {grouped(invitation.code)}
            </strong>
          </p>
          <p className="break-all text-lg">{invitation.url}</p>
          {/* The open-by time; once opened, the patient has 30 minutes to send (lib/domain/self-report-code.ts). */}
          <p className="text-lg">
            Works once. Open it by {formatTime(invitation.expiresAt, zone)}; then there are 30 minutes to answer.
          </p>
          <Button
            autoFocus
            type="button"
            variant="secondary"
            onClick={() => dialog.current?.close()}
            className="text-base"
          >
            Done
          </Button>
        </dialog>
      )}
    </>
  );
}
