// A signed-in client of the running server's JSON API, for seeding and checking what a
// benchmark needs: it signs in like any integrator and keeps the session cookie.

export interface JsonAnswer {
  status: number;
  body: any;
}

export class BenchApi {
  private constructor(
    readonly baseUrl: string,
    readonly cookie: string,
  ) {}

  static async signIn(baseUrl: string, username: string, password: string): Promise<BenchApi> {
    const res = await fetch(`${baseUrl}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    });
    const cookie = res.headers.get("set-cookie")?.split(";")[0];
    if (res.status !== 200 || !cookie) throw new Error(`Signing in ${username} failed: ${res.status}`);
    return new BenchApi(baseUrl, cookie);
  }

  async call(method: string, path: string, body?: unknown): Promise<JsonAnswer> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { cookie: this.cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }

  /** A GET that must answer 200 (a page's whole HTML, or a JSON body left unparsed): its body read to the end. */
  async read(path: string): Promise<string> {
    const res = await fetch(`${this.baseUrl}${path}`, { headers: { cookie: this.cookie } });
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
    return res.text();
  }

  /** A write that must succeed with `expected`; anything else stops the benchmark with the reason. */
  async must(method: string, path: string, body: unknown, expected = 201): Promise<any> {
    const answer = await this.call(method, path, body);
    if (answer.status !== expected) {
      throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    return answer.body;
  }
}

/**
 * What the patient page is built from, as the API serves it (the review, the self-report
 * comparison and the after-treatment data): the GETs a client would send together.
 */
export const patientDataPaths = (patientId: string): string[] =>
  [
    "",
    "/courses",
    "/assessments",
    "/doses",
    "/plans",
    "/alerts?status=all",
    "/notes",
    "/self-reports",
    "/interventions",
  ].map((p) => `/api/patients/${patientId}${p}`);
