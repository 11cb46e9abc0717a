// Every version of a dose-reduction plan as a CarePlan: its terms in the description, each grade
// rule as an activity, its signatures as notes, and the version it follows in `replaces`.
import type { BundleEntry, CarePlan } from "@medplum/fhirtypes";
import type { PlanStatus } from "@/lib/domain/codes";
import { describeDoseCap, describeLimit, describeWarnAt } from "@/lib/domain/plan-diff";
import { describeRule } from "@/lib/domain/plans";
import { IDENTIFIER, SYSTEM } from "./codes";
import type { ExportPlan } from "@/db/export-data";
import { agentConcept } from "./medication";
import { agentOf, patientRef, planUrl, ref } from "./references";

/**
 * A superseded version is `revoked`: R4 defines it as a plan ended before completion, "though it
 * may have been replaced by a new plan", which is what superseding is. `completed` would claim its
 * activities were carried out.
 */
const STATUS = {
  draft: "draft",
  "in-force": "active",
  superseded: "revoked",
} as const satisfies Record<PlanStatus, CarePlan["status"]>;

const ACTION_DISPLAY = { reduce: "Reduce the dose", hold: "Hold the agent", stop: "Stop the agent" } as const;

export function carePlan(
  plan: ExportPlan,
  previous: ExportPlan | undefined,
  patientUrl: string,
): BundleEntry<CarePlan> {
  const agent = agentOf(plan.agent);
  const limit =
    plan.cumulativeLimit === null ? "No cumulative limit" : `Limit ${describeLimit(plan.cumulativeLimit, agent)}`;
  const terms = [limit, `warn at ${describeWarnAt(plan, agent)}`, `dose cap: ${describeDoseCap(plan, agent)}`];
  const notes = [
    ...(plan.notes ? [{ text: plan.notes }] : []),
    ...plan.signatures.map((s) => ({
      authorString: `${s.signerName} (${s.role})`,
      time: s.signedAt,
      text: `Signed: ${s.meaning}`,
    })),
  ];
  return {
    fullUrl: planUrl(plan.id),
    resource: {
      resourceType: "CarePlan",
      identifier: [{ system: IDENTIFIER.planVersion, value: plan.id }],
      status: STATUS[plan.status],
      intent: "plan",
      category: [
        {
          coding: [
            { system: SYSTEM.carePlanCategory, code: "cipn-dose-reduction", display: "CIPN dose-reduction plan" },
          ],
        },
      ],
      title: `${agent.name} dose-reduction plan, version ${plan.version}`,
      description: `${terms.join("; ")}.`,
      subject: patientRef(patientUrl),
      ...(plan.inForceAt ? { period: { start: plan.inForceAt } } : {}),
      created: plan.createdAt,
      ...(plan.authorName ? { author: { display: plan.authorName } } : {}),
      ...(previous ? { replaces: [ref<CarePlan>(planUrl(previous.id), "CarePlan")] } : {}),
      activity: plan.rules.map((rule) => {
        const text = describeRule(rule, agent);
        return {
          detail: {
            code: {
              coding: [{ system: SYSTEM.ruleAction, code: rule.action, display: ACTION_DISPLAY[rule.action] }],
              text,
            },
            // A rule is a standing instruction; what was done is in the decisions on alerts.
            status: "not-started",
            productCodeableConcept: agentConcept(plan.agent),
            description: text,
          },
        };
      }),
      ...(notes.length ? { note: notes } : {}),
    },
  };
}
