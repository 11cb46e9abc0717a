"use client";
import { useEffect, useRef, useState, type SyntheticEvent } from "react";

/**
 * For a folded section (<details>) whose content mounts when first opened and then stays, so that
 * closing keeps what was typed. A section opened before the page's code ran (a slow tablet, a
 * quick click) fired its toggle unheard and stood open and empty; it is found open on mount
 * instead (a CI run of the after-treatment story caught it).
 */
export function useOpenedOnce() {
  const ref = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (ref.current?.open) setOpened(true);
  }, []);
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => {
    if (event.currentTarget.open) setOpened(true);
  };
  return { opened, details: { ref, onToggle } };
}
