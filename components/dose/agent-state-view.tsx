/**
 * How an agent's state stands out at the chair: a hold or a stop stops the dose; a reduction
 * changes it, and a dose given as before would be an overdose, so it is boxed too; otherwise a line.
 */
export type AgentStateTone = "stop" | "change" | "plain";

/** An agent's state in words (agent-state.tsx, agentStateWords): its icon, its text, and its tone. */
export interface AgentStateWords {
  icon: string;
  text: string;
  tone: AgentStateTone;
}

/** The box of each tone: a border and bold words, with the icon, so that colour is never alone. */
export const TONE_STYLE: Record<AgentStateTone, string> = {
  stop: "rounded-md border-2 border-red-700 bg-red-50 p-2 font-semibold text-red-900",
  change: "rounded-md border-2 border-brand-700 bg-brand-50 p-2 font-semibold text-slate-900",
  plain: "text-slate-900",
};

/**
 * An agent's state as the chair reads it, from its words already written (times in the clinic's
 * zone): apart from agent-state.tsx, so that the worklist's rows, rendered in the browser too,
 * carry no date formatting.
 */
export function AgentStateView({
  name,
  words,
  awaiting = null,
  nameShown = false,
}: {
  name: string;
  words: AgentStateWords;
  awaiting?: string | null;
  /** Where several agents' states stand together (a worklist row), each names its agent. */
  nameShown?: boolean;
}) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className={TONE_STYLE[words.tone]}>
        <span aria-hidden="true">{words.icon} </span>
        <span className={nameShown ? "font-medium" : "sr-only"}>{name}: </span>
        {words.text}
      </p>
      {awaiting && (
        <p className="rounded-md border border-amber-700 bg-amber-50 p-2 font-medium text-amber-950">
          <span aria-hidden="true">◷ </span>
          Awaiting the oncologist: {awaiting}
        </p>
      )}
    </div>
  );
}
