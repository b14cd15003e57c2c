/**
 * Errors a Local Metronome handler throws. Each maps to the status code the real API answers with, and to its
 * error body: `{"message": "..."}`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** A machine-readable reason, for the few operations whose error body the spec gives a `code`. */
    readonly code?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  get body(): { message: string; code?: string } {
    return this.code === undefined ? { message: this.message } : { code: this.code, message: this.message };
  }
}

export class BadRequestError extends ApiError {
  constructor(message: string, code?: string) {
    super(400, message, code);
  }
}

export class UnauthorizedError extends ApiError {
  constructor(message = 'Unauthorized') {
    super(401, message);
  }
}

export class NotFoundError extends ApiError {
  constructor(message: string) {
    super(404, message);
  }
}

export class ConflictError extends ApiError {
  constructor(message: string) {
    super(409, message);
  }
}

export class PayloadTooLargeError extends ApiError {
  constructor(message: string) {
    super(413, message);
  }
}
