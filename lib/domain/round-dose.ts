/**
 * Rounds a dose to a sensible precision for the unit shown to clinicians. Its own module so that
 * a form can round what is typed without the plan rules and the agent library that plans.ts
 * brings (docs/benchmarks.md, "Route budgets").
 */
export function roundDose(value: number): number {
  return Math.round(value * 100) / 100;
}
