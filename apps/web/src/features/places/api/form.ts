/** Form helpers of the places pages. */
import type { FormInstance } from 'antd';
import { ApiError } from '../../../lib/api';
import { applyProblem } from '../../../lib/errors';

/**
 * Server field errors on the form. Paths into id lists ('linkedVenueIds.2') go on the list field;
 * returns the message for everything else.
 */
export function showProblem(err: unknown, form: FormInstance, fallback: string): string {
  if (err instanceof ApiError && err.problem.fields?.length) {
    const listFields = ['linkedVenueIds', 'managerUserIds', 'allowedOrganizationIds'];
    const extra = err.problem.fields.filter((f) => listFields.includes(f.path.split('.')[0]!) && f.path.includes('.'));
    if (extra.length) form.setFields(extra.map((f) => ({ name: f.path.split('.')[0]!, errors: [f.message] })));
  }
  return applyProblem(err, form, fallback);
}

/** Empty strings → null for optional text fields. */
export function nullIfEmpty<T extends Record<string, unknown>>(v: T, keys: (keyof T)[]): T {
  const out = { ...v };
  for (const k of keys) if (out[k] === '' || out[k] === undefined) (out as Record<string, unknown>)[k as string] = null;
  return out;
}
