// What the foundation tests register: a valid patient with an MRN no other test uses.
let counter = 0;

export function uniqueMrn(): string {
  return `F-${process.pid}-${++counter}-${Date.now().toString(36)}`.toUpperCase();
}

export function patientBody(overrides: Record<string, unknown> = {}) {
  return {
    mrn: uniqueMrn(),
    familyName: "Foundation",
    givenName: "Fay",
    birthDate: "1961-04-12",
    sex: "female",
    heightCm: 165,
    weightKg: 62,
    ...overrides,
  };
}
