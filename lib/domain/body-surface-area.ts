// Body surface area, apart from the dose rules (dose.ts) so that a form that shows it as height
// and weight are typed (the new patient) does not load the agent library with them.

/** Mosteller: BSA (m2) = sqrt(height cm x weight kg / 3600). */
export function bodySurfaceArea(heightCm: number, weightKg: number): number {
  return Math.sqrt((heightCm * weightKg) / 3600);
}
