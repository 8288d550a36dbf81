import { useEffect, useState } from 'react';
import { Form } from 'antd';

/**
 * The form of a dialog and the server's message for it: each time the dialog opens the form is
 * emptied and filled with `initialValues`, and the message cleared. Pass a memoised object: a new
 * one refills the form while it is open.
 */
export function useDialogForm<V = any>(open: boolean, initialValues: NoInfer<Partial<V>>) {
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initialValues as Parameters<typeof form.setFieldsValue>[0]);
      setError(null);
    }
  }, [open, initialValues, form]);
  return { form, error, setError };
}
