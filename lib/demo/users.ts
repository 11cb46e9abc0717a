// The demo ward's staff: one user per role, with fixed passwords so that anyone trying the demo
// can sign in (the README lists them). Demo only: a real ward creates its users with
// `npm run cli -- user:create`, each choosing a password.
import type { Role } from "@/lib/domain/codes";

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  /** At least 15 characters, as the app requires (NIST SP 800-63B-4). */
  password: string;
}

export const DEMO_USERS = [
  { username: "nurse", displayName: "Grace Okafor", role: "nurse", password: "nurse-demo-password" },
  { username: "oncologist", displayName: "Dr Daniel Reyes", role: "oncologist", password: "oncologist-demo-password" },
  { username: "pharmacist", displayName: "Priya Natarajan", role: "pharmacist", password: "pharmacist-demo-password" },
  { username: "admin", displayName: "Sam Whitfield", role: "admin", password: "admin-demo-password" },
] as const satisfies readonly DemoUser[];
