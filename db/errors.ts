// What a query can refuse, in terms the API maps to its status codes.
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} was not found.`);
  }
}

/** 409: a duplicate or a stale version; `fields` names the field a duplicate is on (docs/api.md). */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly current?: unknown,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export class InvalidError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super("Some fields are not valid.");
  }
}

export class ForbiddenError extends Error {}

/** A one-time code that was used or has expired. */
export class GoneError extends Error {}

/** Too many refused tries from one client. */
export class TooManyError extends Error {}

/** A write that lost to concurrent ones every time it ran (PostgreSQL); nothing of it was committed. */
export class BusyError extends Error {
  constructor() {
    super("The database is busy with other changes; nothing was changed. Try again.");
  }
}
