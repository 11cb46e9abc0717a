// What the load and crash benchmarks share: a fresh database (SQLite or PostgreSQL) with a nurse
// and an oncologist made by the command line, the production server on it, and a pool of seeded
// patients.
import fs from "node:fs";
import { BenchApi } from "./api";
import { freePort } from "../../scripts/lib/free-port";
import { openBenchDatabase, type BenchDatabase, type DatabaseKind } from "./databases";
import { createUserWithCli, requireBuild, Server, tempDatabase, type BenchUser } from "./server";
import { seedPatients, type SeededPatient } from "./workload";

const NURSE: BenchUser = {
  username: "bench.nurse",
  role: "nurse",
  displayName: "Bench Nurse",
  password: "quiet ward at seven, a long passphrase",
};
const ONCOLOGIST: BenchUser = {
  username: "bench.oncologist",
  role: "oncologist",
  displayName: "Bench Oncologist",
  password: "review before the infusion, a long passphrase",
};

export class BenchStage {
  constructor(
    readonly database: BenchDatabase,
    readonly port: number,
    /** The running server; the crash loop swaps in each restarted one. */
    public server: Server | undefined,
    private readonly dir: string,
  ) {}

  nurse!: BenchApi;
  patients: SeededPatient[] = [];

  /** Stops the server if it runs, then the database, and removes the temp folder. */
  async cleanUp(): Promise<void> {
    try {
      await this.server?.stop("SIGTERM");
    } finally {
      this.database.close();
      fs.rmSync(this.dir, { recursive: true, force: true });
    }
  }
}

export async function setUpStage(label: string, patientCount: number, kind: DatabaseKind): Promise<BenchStage> {
  requireBuild();
  const { dir } = tempDatabase(`${label}-${kind}`);
  let database: BenchDatabase;
  try {
    database = await openBenchDatabase(kind, dir);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const stage = new BenchStage(database, await freePort(), undefined, dir);
  try {
    createUserWithCli(database.env, NURSE);
    createUserWithCli(database.env, ONCOLOGIST);
    stage.server = await Server.start(database.env, stage.port);
    stage.nurse = await BenchApi.signIn(stage.server.baseUrl, NURSE.username, NURSE.password);
    const oncologist = await BenchApi.signIn(stage.server.baseUrl, ONCOLOGIST.username, ONCOLOGIST.password);
    stage.patients = await seedPatients(stage.nurse, oncologist, patientCount);
    return stage;
  } catch (error) {
    await stage.cleanUp();
    throw error;
  }
}
