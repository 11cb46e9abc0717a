/**
 * Moves the focus to the element with this id and keeps it there through the router.refresh()
 * that follows a change: the form that had the focus may leave the page, and the element may be
 * rendered anew elsewhere (a signed draft's card becomes the version in force). Whenever the focus
 * falls to the page's top in the next few seconds, it goes back to the element. The element needs
 * tabIndex -1 unless it is focusable already.
 */
export function focusThrough(id: string): void {
  const focus = () => document.getElementById(id)?.focus();
  focus();
  const observer = new MutationObserver(() => {
    if (document.activeElement === null || document.activeElement === document.body) focus();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), 5_000);
}
