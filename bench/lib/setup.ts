// What the load and crash benchmarks share: a fresh database with a nurse and an oncologist
// made by the command line, the production server on it, and a pool of seeded patients.
import fs from "node:fs";
import { BenchApi } from "./api";
import { freePort } from "../../scripts/lib/free-port";
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
    readonly databasePath: string,
    readonly port: number,
    /** The running server; the crash loop swaps in each restarted one. */
    public server: Server | undefined,
    private readonly dir: string,
  ) {}

  nurse!: BenchApi;
  patients: SeededPatient[] = [];

  /** Stops the server if it runs and removes the temp database. */
  async cleanUp(): Promise<void> {
    await this.server?.stop("SIGTERM");
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

export async function setUpStage(label: string, patientCount: number): Promise<BenchStage> {
  requireBuild();
  const { dir, file } = tempDatabase(label);
  const stage = new BenchStage(file, await freePort(), undefined, dir);
  try {
    createUserWithCli(file, NURSE);
    createUserWithCli(file, ONCOLOGIST);
    stage.server = await Server.start(file, stage.port);
    stage.nurse = await BenchApi.signIn(stage.server.baseUrl, NURSE.username, NURSE.password);
    const oncologist = await BenchApi.signIn(stage.server.baseUrl, ONCOLOGIST.username, ONCOLOGIST.password);
    stage.patients = await seedPatients(stage.nurse, oncologist, patientCount);
    return stage;
  } catch (error) {
    await stage.cleanUp();
    throw error;
  }
}
