// The agent library: each neurotoxic agent with its dose unit, per-dose cap, default cumulative
// limit and dose-reduction template (docs/clinical-rules.md, "The agent library"). Each figure
// carries its basis (label, regulatory guidance, literature, protocol or local practice) and its
// source so the agent page can show them.
import type { DoseUnit, RiskFactor, RuleAction, Setting } from "./codes";

export type AgentClass =
  | "platinum"
  | "taxane"
  | "vinca alkaloid"
  | "proteasome inhibitor"
  | "immunomodulatory drug"
  | "antibody-drug conjugate";

export type Basis = "label" | "FDA and NCI guidance" | "literature" | "protocol practice" | "local practice";

export interface SourcedFigure {
  value: number;
  basis: Basis;
  source: string;
}

/**
 * A figure's basis and source in one phrase, as the agent page and the plan editor show them in
 * brackets: "literature: Cumulative-dose series …". A source that already opens with its basis
 * ("FDA and NCI guidance on Calvert dosing …", "Local practice") says it once, not twice.
 */
export function basisAndSource({ basis, source }: { basis: Basis; source: string }): string {
  return source.toLowerCase().startsWith(basis.toLowerCase()) ? source : `${basis}: ${source}`;
}

/** How a cap compares: one administration's absolute amount in mg, or mg/m2 summed over a cycle. */
export type CapScope = "administration-mg" | "cycle-mg/m2";

/** A cap: a fixed figure, or (brentuximab) the dose at a body weight, never a figure of its own. */
export type DoseCap = {
  scope: CapScope;
  basis: Basis;
  source: string;
  /** The cap in words, as the agent page and `GET /api/agents` state it. */
  text: string;
} & ({ value: number; atWeightKg?: undefined } | { value?: undefined; atWeightKg: number });

export interface GradeRule {
  minGrade: number;
  withPain?: boolean;
  action: RuleAction;
  /** A reduce rule may name the target dose, or a percent to take off; with neither the agent's dose-level table applies. */
  toDose?: number;
  percent?: number;
}

/** One step down the agent's dose levels, where the label or protocol names one. */
export interface DoseLevelStep {
  from: number;
  to: number;
  setting?: Setting;
}

export interface Agent {
  code: string;
  name: string;
  agentClass: AgentClass;
  unit: DoseUnit;
  typicalDosing: string;
  /**
   * The usual dose per administration in the agent's unit, from the typical dosing above (low
   * null where it is set per patient, as carboplatin's Calvert dose or vincristine's capped
   * dose). Three times `high` is the plausibility bound (lib/domain/plausibility.ts).
   */
  typicalRange: { low: number | null; high: number };
  riskRises: string;
  defaultLimit: SourcedFigure | null;
  warnFraction: number;
  cap: DoseCap | null;
  template: { rules: GradeRule[]; basis: Basis; source: string; explanation: string };
  doseLevels: DoseLevelStep[];
  acuteSyndromes: string[];
  /** Risk factors that rule the agent out, with what the team must check. */
  contraindications: { riskFactor: RiskFactor; message: string }[];
  notes: string[];
}

/** Default fraction of the limit at which to warn (docs/clinical-rules.md, "Plans"). */
export const DEFAULT_WARN_FRACTION = 0.8;

export const AGENTS = [
  {
    code: "oxaliplatin",
    name: "Oxaliplatin",
    agentClass: "platinum",
    unit: "mg/m2",
    typicalDosing: "85 mg/m2 every 2 weeks (FOLFOX); 130 mg/m2 every 3 weeks (CAPOX)",
    typicalRange: { low: 85, high: 130 },
    riskRises: "Above about 550 mg/m2; severe at 750-850 mg/m2",
    defaultLimit: {
      value: 850,
      basis: "literature",
      source: "Cumulative-dose series in FOLFOX/CAPOX trials (MOSAIC, IDEA)",
    },
    warnFraction: DEFAULT_WARN_FRACTION,
    cap: null,
    template: {
      rules: [
        { minGrade: 2, action: "reduce" },
        { minGrade: 3, action: "stop" },
      ],
      basis: "label",
      source: "Oxaliplatin prescribing information; reduced levels from the MOSAIC and XELOXA protocols",
      explanation: "Persistent grade 2: reduce one dose level. Grade 3: stop.",
    },
    doseLevels: [
      { from: 85, to: 75, setting: "adjuvant" },
      { from: 85, to: 65, setting: "advanced" },
      { from: 130, to: 100 },
    ],
    acuteSyndromes: [
      "Cold-triggered dysesthesia of hands, feet, mouth or throat within hours of the infusion, passing within days. It is recorded but is not the chronic neuropathy that the grade measures.",
      "Throat (pharyngolaryngeal) dysesthesia: give the next infusion over 6 hours (label).",
    ],
    contraindications: [],
    notes: [
      "Neuropathy can go on worsening for about three months after the last dose (coasting).",
      "Never suggest cryotherapy: cold provokes the acute syndrome.",
    ],
  },
  {
    code: "cisplatin",
    name: "Cisplatin",
    agentClass: "platinum",
    unit: "mg/m2",
    typicalDosing: "75-100 mg/m2 every 3 weeks; 20 mg/m2 on days 1-5 (BEP)",
    typicalRange: { low: 20, high: 100 },
    riskRises: "Above 300-350 mg/m2; severe above 500 mg/m2",
    defaultLimit: { value: 400, basis: "literature", source: "Four cycles of BEP (germ-cell tumour series)" },
    warnFraction: DEFAULT_WARN_FRACTION,
    cap: {
      value: 100,
      scope: "cycle-mg/m2",
      text: "100 mg/m2 per cycle",
      basis: "label",
      source:
        "Cisplatin prescribing information: doses above 100 mg/m2 per cycle are rarely used; daily and per-cycle doses are a known, fatal mix-up",
    },
    template: {
      rules: [
        { minGrade: 2, action: "hold" },
        { minGrade: 3, action: "stop" },
      ],
      basis: "local practice",
      source: "Local practice",
      explanation: "Grade 2: hold. Grade 3: stop.",
    },
    doseLevels: [],
    acuteSyndromes: [],
    contraindications: [],
    notes: [
      "Neuropathy can go on worsening for about three months after the last dose (coasting).",
      "Sensory loss after cisplatin is often permanent.",
    ],
  },
  {
    code: "carboplatin",
    name: "Carboplatin",
    agentClass: "platinum",
    unit: "mg",
    typicalDosing: "AUC 5-6 every 3 weeks (Calvert formula)",
    typicalRange: { low: null, high: 900 },
    riskRises: "At high cumulative doses",
    defaultLimit: null,
    warnFraction: DEFAULT_WARN_FRACTION,
    cap: {
      value: 900,
      scope: "administration-mg",
      text: "900 mg per dose",
      basis: "FDA and NCI guidance",
      source: "FDA and NCI guidance on Calvert dosing: GFR capped at 125 mL/min, so AUC 6 x 150 = 900 mg",
    },
    template: {
      rules: [{ minGrade: 3, action: "stop" }],
      basis: "local practice",
      source: "Local practice",
      explanation: "Grade 3: stop.",
    },
    doseLevels: [],
    acuteSyndromes: [],
    contraindications: [],
    notes: ["A team giving AUC 7 raises the plan's dose cap."],
  },
  {
    code: "paclitaxel",
    name: "Paclitaxel",
    agentClass: "taxane",
    unit: "mg/m2",
    typicalDosing: "80 mg/m2 weekly; 175 mg/m2 every 3 weeks",
    typicalRange: { low: 80, high: 175 },
    riskRises: "From 250-300 mg/m2, with no clear threshold",
    defaultLimit: { value: 1000, basis: "local practice", source: "Local practice" },
    warnFraction: DEFAULT_WARN_FRACTION,
    cap: null,
    template: {
      rules: [
        { minGrade: 3, action: "reduce", percent: 20 },
        { minGrade: 4, action: "stop" },
      ],
      basis: "local practice",
      source: "Local practice (many teams reduce at grade 2)",
      explanation: "Grade 3: reduce by 20%. Grade 4: stop.",
    },
    doseLevels: [],
    acuteSyndromes: ["Paclitaxel-associated acute pain syndrome (aching in the days after an infusion)."],
    contraindications: [],
    notes: ["Taxane damage is axonal and usually recovers better than platinum damage, though not always."],
  },
  {
    code: "docetaxel",
    name: "Docetaxel",
    agentClass: "taxane",
    unit: "mg/m2",
    typicalDosing: "75-100 mg/m2 every 3 weeks",
    typicalRange: { low: 75, high: 100 },
    riskRises: "Above about 300 mg/m2; severe at 400-600 mg/m2",
    defaultLimit: { value: 500, basis: "literature", source: "Cumulative-dose series of docetaxel neuropathy" },
    warnFraction: DEFAULT_WARN_FRACTION,
    cap: null,
    template: {
      rules: [
        { minGrade: 2, action: "reduce" },
        { minGrade: 3, action: "stop" },
      ],
      basis: "label",
      source: "Docetaxel prescribing information",
      explanation: "Grade 2: reduce 75 to 60 mg/m2. Grade 3: stop.",
    },
    doseLevels: [{ from: 75, to: 60 }],
    acuteSyndromes: [],
    contraindications: [],
    notes: [],
  },
  {
    code: "nab-paclitaxel",
    name: "Nab-paclitaxel",
    agentClass: "taxane",
    unit: "mg/m2",
    typicalDosing: "260 mg/m2 every 3 weeks; 100-125 mg/m2 on days 1, 8 and 15",
    typicalRange: { low: 100, high: 260 },
    riskRises: "No fixed figure",
    defaultLimit: { value: 1000, basis: "local practice", source: "Local practice; review per indication" },
    warnFraction: DEFAULT_WARN_FRACTION,
    cap: null,
    template: {
      rules: [{ minGrade: 3, action: "hold" }],
      basis: "label",
      source: "Nab-paclitaxel prescribing information",
      explanation: "Grade 3: hold until grade 1 or less, then resume one dose level lower.",
    },
    doseLevels: [],
    acuteSyndromes: [],
    contraindications: [],
    notes: [],
  },
  {
    code: "vincristine",
    name: "Vincristine",
    agentClass: "vinca alkaloid",
    unit: "mg",
    typicalDosing: "1.4 mg/m2, capped",
    typicalRange: { low: null, high: 2 },
    riskRises: "Symptoms from 4-6 mg; severe at 15-20 mg",
    defaultLimit: { value: 12, basis: "local practice", source: "Local practice" },
    warnFraction: DEFAULT_WARN_FRACTION,
    cap: {
      value: 2,
      scope: "administration-mg",
      text: "2 mg per dose",
      basis: "protocol practice",
      source: "Protocol practice (R-CHOP and paediatric protocols)",
    },
    template: {
      rules: [
        { minGrade: 2, action: "reduce", percent: 50 },
        { minGrade: 3, action: "hold" },
        { minGrade: 4, action: "stop" },
      ],
      basis: "protocol practice",
      source: "Protocol practice",
      explanation: "Grade 2: reduce by 50%. Grade 3: hold. Grade 4: stop.",
    },
    doseLevels: [],
    acuteSyndromes: [],
    contraindications: [
      {
        riskFactor: "hereditary-neuropathy",
        message:
          "The vincristine label rules out demyelinating Charcot-Marie-Tooth disease: confirm the type of hereditary neuropathy before giving it.",
      },
    ],
    notes: [
      "Contraindicated in demyelinating Charcot-Marie-Tooth disease (label).",
      "Liposomal vincristine is another drug and is not covered by the 2 mg cap.",
    ],
  },
  {
    code: "bortezomib",
    name: "Bortezomib",
    agentClass: "proteasome inhibitor",
    unit: "mg/m2",
    typicalDosing: "1.3 mg/m2 on days 1, 4, 8 and 11 (IV or SC)",
    typicalRange: { low: 1.3, high: 1.3 },
    riskRises: "26-45 mg/m2, with a plateau after about 40 mg/m2",
    defaultLimit: { value: 40, basis: "literature", source: "Cumulative-dose analyses of the APEX and VISTA trials" },
    warnFraction: DEFAULT_WARN_FRACTION,
    cap: null,
    template: {
      rules: [
        { minGrade: 1, withPain: true, action: "reduce" },
        { minGrade: 2, action: "reduce" },
        { minGrade: 2, withPain: true, action: "hold" },
        { minGrade: 3, action: "hold" },
        { minGrade: 4, action: "stop" },
      ],
      basis: "label",
      source: "Bortezomib prescribing information",
      explanation:
        "Grade 1 with pain or grade 2: reduce 1.3 to 1.0 mg/m2. Grade 2 with pain or grade 3: hold, then resume at 0.7 mg/m2 once weekly when resolved. Grade 4: stop.",
    },
    doseLevels: [
      { from: 1.3, to: 1 },
      { from: 1, to: 0.7 },
    ],
    acuteSyndromes: [],
    contraindications: [],
    notes: [
      "Subcutaneous bortezomib causes less grade 3 or worse neuropathy than intravenous (6% vs 16%, Moreau, Lancet Oncol 2011).",
      "Severe autonomic neuropathy stops it.",
    ],
  },
  {
    code: "thalidomide",
    name: "Thalidomide",
    agentClass: "immunomodulatory drug",
    unit: "mg",
    typicalDosing: "50-200 mg daily by mouth",
    typicalRange: { low: 50, high: 200 },
    riskRises: "Above about 20 g; duration matters as much as dose",
    defaultLimit: { value: 20000, basis: "literature", source: "Myeloma series (contested threshold)" },
    warnFraction: DEFAULT_WARN_FRACTION,
    cap: null,
    template: {
      rules: [
        { minGrade: 1, action: "hold" },
        { minGrade: 2, action: "stop" },
      ],
      basis: "label",
      source: "Thalidomide prescribing information: stop at the onset of neuropathy, restart only back at baseline",
      explanation: "Grade 1: hold. Grade 2: stop.",
    },
    doseLevels: [],
    acuteSyndromes: [],
    contraindications: [],
    notes: ["Daily oral: a cycle's dose record covers its days (administrations)."],
  },
  {
    code: "brentuximab-vedotin",
    name: "Brentuximab vedotin",
    agentClass: "antibody-drug conjugate",
    unit: "mg/kg",
    typicalDosing: "1.8 mg/kg every 3 weeks; 1.2 mg/kg every 2 weeks with AVD",
    typicalRange: { low: 1.2, high: 1.8 },
    riskRises: "Cumulative, with no fixed figure",
    defaultLimit: null,
    warnFraction: DEFAULT_WARN_FRACTION,
    cap: {
      atWeightKg: 100,
      scope: "administration-mg",
      text: "the dose at 100 kg: the course's dose level x 100 (180 mg at 1.8 mg/kg, 120 mg at 1.2 mg/kg)",
      basis: "label",
      source:
        "Brentuximab vedotin prescribing information: dose by weight up to 100 kg (180 mg at 1.8 mg/kg, 120 mg at 1.2 mg/kg)",
    },
    template: {
      rules: [
        { minGrade: 2, action: "hold" },
        { minGrade: 4, action: "stop" },
      ],
      basis: "label",
      source: "Brentuximab vedotin prescribing information",
      explanation: "Grade 2: hold, resume at 1.2 mg/kg at grade 1 or less. Grade 4: stop.",
    },
    doseLevels: [{ from: 1.8, to: 1.2 }],
    acuteSyndromes: [],
    contraindications: [],
    notes: [],
  },
] as const satisfies readonly Agent[];

export type AgentCode = (typeof AGENTS)[number]["code"];
export const AGENT_CODES = AGENTS.map((a) => a.code) as [AgentCode, ...AgentCode[]];

const byCode = new Map<string, Agent>(AGENTS.map((a) => [a.code, a]));

export function findAgent(code: string): Agent | undefined {
  return byCode.get(code);
}

export function getAgent(code: AgentCode): Agent {
  return byCode.get(code)!;
}

/** The label's contraindications of the agent that a risk factor of the patient's meets. */
export function contraindicationsFor(agent: Agent, riskFactors: readonly RiskFactor[]) {
  return agent.contraindications.filter((c) => riskFactors.includes(c.riskFactor));
}

export function isAgentCode(code: string): code is AgentCode {
  return byCode.has(code);
}
