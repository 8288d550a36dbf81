import type { FormInstance } from 'antd';
import { ApiError } from './api';

/** Puts a problem+json's field errors on the form; returns the message for the rest. */
export function applyProblem(err: unknown, form?: FormInstance, fallback = '操作失败'): string {
  if (err instanceof ApiError) {
    const fields = err.problem.fields ?? [];
    if (form && fields.length) {
      const known = new Set(Object.keys(form.getFieldsValue(true)));
      form.setFields(
        fields
          .filter((f) => known.has(f.path.split('.')[0]!))
          .map((f) => ({ name: f.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)), errors: [f.message] })),
      );
    }
    return err.problem.detail && err.problem.code !== 'validation_failed'
      ? `${err.problem.title}：${err.problem.detail}`
      : err.problem.title;
  }
  return fallback;
}
