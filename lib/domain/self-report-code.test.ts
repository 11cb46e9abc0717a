import { describe, expect, it } from "vitest";
import { CODE_OPEN_MS, CODE_SEND_MS, codeDeadline, codeState } from "./self-report-code";

const issued = Date.parse("2026-12-01T09:00:00.000Z");
const expiresAt = new Date(issued + CODE_OPEN_MS).toISOString();
const at = (ms: number) => new Date(issued + ms);
const minutes = (n: number) => n * 60_000;

describe("when a self-report code works (docs/api.md, 'Patient self-report')", () => {
  it("never opened: works until 30 minutes from issue, one millisecond before; at 30 minutes it has expired", () => {
    const code = { expiresAt, openedAt: null, used: false };
    expect(codeState(code, at(0))).toBe("usable");
    expect(codeState(code, at(minutes(30) - 1))).toBe("usable");
    expect(codeState(code, at(minutes(30)))).toBe("expired");
  });

  it("opened in time: may be sent until 30 minutes from the opening, past the issue's 30 minutes", () => {
    const code = { expiresAt, openedAt: at(minutes(20)).toISOString(), used: false };
    expect(codeState(code, at(minutes(45)))).toBe("usable");
    expect(codeState(code, at(minutes(50) - 1))).toBe("usable");
    expect(codeState(code, at(minutes(50)))).toBe("expired");
  });

  it("opened at the last moment: the send window still ends under an hour from issue", () => {
    const openedAt = at(minutes(30) - 1).toISOString();
    expect(codeDeadline({ expiresAt, openedAt }).getTime()).toBe(issued + CODE_OPEN_MS + CODE_SEND_MS - 1);
    expect(codeState({ expiresAt, openedAt, used: false }, at(minutes(60)))).toBe("expired");
  });

  it("opened at once: the window is the same 30 minutes as the issue's", () => {
    const code = { expiresAt, openedAt: at(0).toISOString(), used: false };
    expect(codeDeadline(code).toISOString()).toBe(expiresAt);
  });

  it("used: used, whether in time or not", () => {
    expect(codeState({ expiresAt, openedAt: null, used: true }, at(minutes(1)))).toBe("used");
    expect(codeState({ expiresAt, openedAt: at(minutes(5)).toISOString(), used: true }, at(minutes(90)))).toBe("used");
  });
});
