import path from "node:path";

/**
 * The demo's own database file: its users' passwords are printed on the console and committed,
 * so the demo never seeds the production default (`data/cipn.db`) nor the file `DATABASE_PATH`
 * names. `DEMO_DATABASE_PATH` may move it elsewhere, never onto either of those.
 */
export function demoDatabasePath(env: Record<string, string | undefined> = process.env): string {
  const demo = path.resolve(env.DEMO_DATABASE_PATH ?? "data/demo.db");
  const production = [path.resolve("data/cipn.db"), ...(env.DATABASE_PATH ? [path.resolve(env.DATABASE_PATH)] : [])];
  if (production.includes(demo))
    throw new Error(`The demo will not use ${demo}: it is a production database. Set DEMO_DATABASE_PATH elsewhere.`);
  return demo;
}
