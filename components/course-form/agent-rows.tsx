"use client";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import type { AgentCode } from "@/lib/domain/agents";
import type { Route } from "@/lib/domain/codes";
import type { AgentChoice } from "./course-choices";

export interface AgentRow {
  key: number;
  agent: AgentCode | "";
  dose: string;
  route: Route | "";
  administrationsPerCycle: string;
  hint?: string;
}

/** The neurotoxic agents of the course, one row each; the unit is always the agent's own. */
export function AgentRows({
  rows,
  agents,
  routes,
  onChange,
  errorAt,
}: {
  rows: AgentRow[];
  /** The agent library's agents and the routes, from the page (course-choices.ts). */
  agents: readonly AgentChoice[];
  routes: readonly Route[];
  onChange: (rows: AgentRow[]) => void;
  errorAt: (path: string) => string | undefined;
}) {
  const update = (i: number, patch: Partial<AgentRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-300 p-3">
      <legend className="px-1 font-semibold">Neurotoxic agents</legend>
      {rows.map((row, i) => (
        <div key={row.key} className="grid items-start gap-3 sm:grid-cols-[2fr_1fr_1fr_1fr_auto]">
          <Field label={`Agent ${i + 1}`} error={errorAt(`agents.${i}.agent`)}>
            {(p) => (
              <Select {...p} value={row.agent} onChange={(e) => update(i, { agent: e.target.value as AgentCode })}>
                <option value="">Choose…</option>
                {agents.map((a) => (
                  <option key={a.code} value={a.code}>
                    {a.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field
            label={`Dose${row.agent ? ` (${agents.find((a) => a.code === row.agent)?.unit})` : ""}`}
            error={errorAt(`agents.${i}.dose`) ?? errorAt(`agents.${i}.unit`)}
            hint={row.hint}
          >
            {(p) => (
              <TextInput
                {...p}
                type="number"
                inputMode="decimal"
                value={row.dose}
                onChange={(e) => update(i, { dose: e.target.value })}
              />
            )}
          </Field>
          <Field label="Route" error={errorAt(`agents.${i}.route`)}>
            {(p) => (
              <Select {...p} value={row.route} onChange={(e) => update(i, { route: e.target.value as Route })}>
                <option value="">Not set</option>
                {routes.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Per cycle" error={errorAt(`agents.${i}.administrationsPerCycle`)} hint="administrations">
            {(p) => (
              <TextInput
                {...p}
                type="number"
                value={row.administrationsPerCycle}
                onChange={(e) => update(i, { administrationsPerCycle: e.target.value })}
              />
            )}
          </Field>
          <Button
            type="button"
            variant="ghost"
            className="mt-6"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
            disabled={rows.length === 1}
          >
            Remove<span className="sr-only"> agent {i + 1}</span>
          </Button>
        </div>
      ))}
      <div>
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            onChange([...rows, { key: Date.now(), agent: "", dose: "", route: "", administrationsPerCycle: "1" }])
          }
        >
          Add an agent
        </Button>
      </div>
    </fieldset>
  );
}
