import { useEffect } from 'react';
import type { FormInstance } from 'antd';

/** Clears a dialog's form each time the dialog opens (the form instance outlives the dialog's content). */
export function useResetOnOpen(form: FormInstance, open: boolean) {
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
}
