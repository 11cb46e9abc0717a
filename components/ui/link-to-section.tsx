"use client";
import type { ComponentProps } from "react";
import { AppLink } from "./app-link";
import { focusThrough } from "./focus-through";

/**
 * A link to a section of another page ("/patients/p1#holds-to-review") that takes the keyboard's
 * focus there, not only the scroll: Next.js scrolls to the fragment and leaves the focus where it
 * was, so the next Tab started again at the top of the page. The target needs tabIndex -1.
 */
export function LinkToSection({ href, ...props }: ComponentProps<typeof AppLink>) {
  const section = href.split("#")[1];
  return <AppLink {...props} href={href} onClick={() => section && focusThrough(section)} />;
}
