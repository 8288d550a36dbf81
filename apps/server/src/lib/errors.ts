import { ERROR_CODES, type ErrorCode, type ProblemField } from '@hy/contracts';

/** The one error type of the app; the error handler renders it as application/problem+json. */
export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly status: number,
    public readonly detail?: string,
    public readonly fields?: ProblemField[],
    public readonly extra?: Record<string, unknown>,
  ) {
    super(detail ?? code);
  }
}

function known(code: keyof typeof ERROR_CODES, detail?: string, fields?: ProblemField[], extra?: Record<string, unknown>) {
  return new AppError(code, ERROR_CODES[code].status, detail, fields, extra);
}

export const errors = {
  validation: (fields: ProblemField[], detail?: string) => known('validation_failed', detail, fields),
  field: (path: string, message: string, code?: string) => known('validation_failed', message, [{ path, message, code }]),
  unauthenticated: () => known('unauthenticated'),
  forbidden: (detail?: string) => known('forbidden', detail),
  notFound: (what?: string) => known('not_found', what ? `${what} not found` : undefined),
  conflict: (detail?: string, extra?: Record<string, unknown>) => known('conflict', detail, undefined, extra),
  duplicate: (path: string, detail?: string) => known('duplicate', detail, [{ path, message: detail ?? 'duplicate', code: 'duplicate' }]),
  /** A business rule refused: 422 with its own stable code. */
  rule: (code: string, detail: string, extra?: Record<string, unknown>, fields?: ProblemField[]) =>
    new AppError(code, 422, detail, fields, extra),
  of: known,
};
