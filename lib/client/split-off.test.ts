import { createElement, lazy, Suspense, type ComponentType, type ReactNode } from "react";
import { renderToReadableStream } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { splitOff } from "./split-off";

const Card: ComponentType<{ name: string }> = ({ name }) => createElement("article", null, `Card of ${name}`);
const loading = () => createElement("p", null, "Loading the card…");

/** Resolves with the card after a timer, as a chunk fetched over the network would. */
function slowLoad(): Promise<ComponentType<{ name: string }>> {
  return new Promise((resolve) => setTimeout(() => resolve(Card), 5));
}

/**
 * The server's whole HTML for a page as large as the cycle page (tens of kB before the card),
 * with `card` in it and a Suspense boundary around the page's foot, as a page may have.
 */
async function serverHtml(card: ReactNode): Promise<string> {
  const shell = createElement("div", null, "Page text. ".repeat(3000));
  const page = createElement(
    "main",
    null,
    shell,
    card,
    createElement(Suspense, null, createElement("p", null, "foot")),
  );
  // A failed render rejects; React would also log it.
  const stream = await renderToReadableStream(page, { onError: () => undefined });
  await stream.allReady;
  return new Response(stream).text();
}

// React sends a boundary holding more than 500 bytes after the rest of such a page, its
// fallback in place until then: the layout shift split-off.tsx avoids.
const PENDING_BOUNDARY = /<!--\$\?-->|<template id="B:/;

describe("splitOff on the server", () => {
  it("renders the component in place in the server's HTML, the first time (its code still on its way) and after", async () => {
    const SplitCard = splitOff(slowLoad, loading);
    for (let render = 1; render <= 2; render++) {
      const html = await serverHtml(createElement(SplitCard, { name: "Maja" }));
      expect(html).toContain("<article>Card of Maja</article>");
      expect(html).not.toContain("Loading the card");
      expect(html).not.toMatch(PENDING_BOUNDARY);
    }
  });

  it("fetches the code once, as it is made, however many copies are rendered", async () => {
    let fetches = 0;
    const SplitCard = splitOff(() => {
      fetches += 1;
      return slowLoad();
    }, loading);
    expect(fetches).toBe(1);
    const copies = ["Maja", "Omar", "Nadia"].map((name) => createElement(SplitCard, { key: name, name }));
    const html = await serverHtml(copies);
    expect(html.match(/<article>/g)).toHaveLength(3);
    expect(fetches).toBe(1);
  });

  it("tries a failed fetch again at the next render, and fails the render when it fails again", async () => {
    let fetches = 0;
    const SplitCard = splitOff(() => {
      fetches += 1;
      return fetches <= 2 ? Promise.reject(new Error("chunk unreachable")) : slowLoad();
    }, loading);
    await expect(serverHtml(createElement(SplitCard, { name: "Maja" }))).rejects.toThrow("chunk unreachable");
    expect(await serverHtml(createElement(SplitCard, { name: "Maja" }))).toContain("<article>Card of Maja</article>");
  });

  it("would have sent a React.lazy card in a <Suspense> after the page, its fallback first (the reason for it)", async () => {
    const Lazy = lazy(() => slowLoad().then((component) => ({ default: component })));
    const html = await serverHtml(
      createElement(
        Suspense,
        { fallback: loading() },
        createElement("section", null, "x".repeat(600), createElement(Lazy, { name: "Maja" })),
      ),
    );
    expect(html).toMatch(PENDING_BOUNDARY);
  });
});
