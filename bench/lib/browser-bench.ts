// The set-up both browser benches share: the production build served on a fresh database (SQLite
// unless told otherwise, bench/lib/databases.ts) with a nurse and an oncologist, Chromium launched
// as the e2e tests launch it, and everything torn down afterwards whatever happens.
import fs from "node:fs";
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "../../e2e/chromium";
import { USERS } from "../../e2e/fixtures";
import { freePort } from "../../scripts/lib/free-port";
import { openBenchDatabase, type BenchDatabase, type DatabaseKind } from "./databases";
import { createUserWithCli, requireBuild, Server, tempDatabase } from "./server";

export async function withBrowserBench<T>(
  label: string,
  work: (bench: { browser: Browser; server: Server }) => Promise<T>,
  kind: DatabaseKind = "sqlite",
): Promise<T> {
  requireBuild();
  const { dir } = tempDatabase(label);
  let database: BenchDatabase | undefined;
  let server: Server | undefined;
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    database = await openBenchDatabase(kind, dir);
    for (const role of ["nurse", "oncologist"] as const) createUserWithCli(database.env, { ...USERS[role], role });
    server = await Server.start(database.env, await freePort());
    // The e2e seeding helpers sign in through the API at this address.
    process.env.E2E_BASE_URL = server.baseUrl;
    return await work({ browser, server });
  } finally {
    await browser.close();
    await server?.stop("SIGTERM");
    database?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
