"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { GROUP_ATTRIBUTE, NO_MORE_ALERTS_ID, PATIENT_ATTRIBUTE } from "./decision-focus";
import { GroupDecisions } from "./group-decisions";

const groupsOnPage = () =>
  [...document.querySelectorAll<HTMLElement>(`[${GROUP_ATTRIBUTE}]`)].map((e) => e.getAttribute(GROUP_ATTRIBUTE)!);

/**
 * Where focus goes once the decided group has left the list: the next group still open (the
 * patient's heading when it is another patient, else the agent's), wrapping to the first, or
 * the message that no open alert is left.
 */
function focusAfter(order: string[], decided: string): void {
  const left = new Set(groupsOnPage());
  const at = order.indexOf(decided);
  const next = [...order.slice(at + 1), ...order.slice(0, at)].find((id) => left.has(id) && id !== decided);
  const patientOf = (id: string) => id.slice(0, id.indexOf(":"));
  const target = !next
    ? document.getElementById(NO_MORE_ALERTS_ID)
    : patientOf(next) === patientOf(decided)
      ? document.querySelector<HTMLElement>(`[${GROUP_ATTRIBUTE}="${CSS.escape(next)}"]`)
      : document.querySelector<HTMLElement>(`[${PATIENT_ATTRIBUTE}="${CSS.escape(patientOf(next))}"]`);
  target?.focus();
}

/**
 * Decisions made in the forms inside, said in a status message that outlives the decided form.
 * Once the page has been read again, focus moves on, so an oncologist keeps her place: on the
 * alerts page (`moveTo="next group"`) to the next group, to work down the list; on the patient
 * page (`moveTo="message"`) to the message, among the alerts still open.
 */
export function DecisionWorklist({
  moveTo,
  children,
}: {
  moveTo: "next group" | "message";
  children: React.ReactNode;
}) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [refreshing, startRefresh] = useTransition();
  const pendingFocus = useRef<{ order: string[]; decided: string } | null>(null);
  const status = useRef<HTMLParagraphElement>(null);

  const decided = useCallback(
    (groupId: string, text: string) => {
      setMessage(text);
      pendingFocus.current = { order: groupsOnPage(), decided: groupId };
      startRefresh(() => router.refresh());
    },
    [router],
  );

  useEffect(() => {
    if (refreshing || !pendingFocus.current) return;
    const { order, decided: groupId } = pendingFocus.current;
    pendingFocus.current = null;
    if (moveTo === "message") status.current?.focus();
    else focusAfter(order, groupId);
  }, [refreshing, moveTo]);

  return (
    <GroupDecisions.Provider value={decided}>
      {/* On the alerts page, held at the top of the screen as the list scrolls on to the next group:
          above the list, it was off the screen when the next group took the focus. On the patient
          page it takes the focus itself, so it stays in its place: held there, it covered the
          decision now in force just below it. */}
      <p
        ref={status}
        tabIndex={-1}
        role="status"
        className={`${moveTo === "message" ? "" : "sticky top-0 z-10 "}mb-2 rounded-md border border-green-800 bg-green-50 p-2 text-sm font-medium text-green-900 empty:hidden`}
      >
        {message}
      </p>
      {children}
    </GroupDecisions.Provider>
  );
}
