// Script, HTML, SQL and template payloads for every free-text field. Each one that could run
// sets `window.__pwned` or opens a dialog, so a browser that executes any of them is caught
// whether or not a dialog shows. Shared by the vitest storage test and e2e/hostile-text.spec.ts.

export const PAYLOADS = [
  "<script>window.__pwned=1;alert(1)</script>",
  '"><img src=x onerror="window.__pwned=1;alert(1)">',
  "'><svg onload=window.__pwned=1>",
  "'; DROP TABLE patients; --",
  "Robert'); DELETE FROM audit_log;--",
  "{{7*7}} ${7*7} <%= 7*7 %>",
  "javascript:window.__pwned=1;alert(1)",
  '<a href="javascript:alert(1)">click</a><iframe src=javascript:alert(1)></iframe>',
  "</textarea></title><style>*{display:none}</style>",
  "\u202Eevil\u202C & &amp; &lt;b&gt; 😀",
] as const;
