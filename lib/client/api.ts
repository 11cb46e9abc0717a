// The browser's side of the JSON API: one fetch helper that turns the error shape into an
// exception carrying the server's message and field errors.
export interface ApiErrorBody {
  code: string;
  message: string;
  fields?: Record<string, string>;
  current?: unknown;
}

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }
}

export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: "same-origin",
  });
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok) {
    throw new ApiRequestError(
      res.status,
      data?.error ?? { code: "unknown", message: `Request failed (${res.status}).` },
    );
  }
  return data as T;
}
