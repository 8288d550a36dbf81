import { useState } from 'react';
import { Button } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { QueryKey } from '@tanstack/react-query';
import { SignatureModal } from '../../../components/files/SignatureModal';
import { useApiMutation } from '../../../lib/mutation';

/** A signature drawn on the screen (the tenant's phone or the desk's), then the record signed with it. */
export function SignButton(props: {
  propertyId: string;
  label: string;
  title: string;
  signerName?: string;
  done: string;
  invalidate: QueryKey[];
  sign: (signerName: string, signatureId: string) => Promise<unknown>;
  testId?: string;
}) {
  const [open, setOpen] = useState(false);
  const m = useApiMutation<{ name: string; id: string }>({
    mutationFn: ({ name, id }) => props.sign(name, id),
    invalidate: props.invalidate,
    success: props.done,
  });
  return (
    <>
      <Button
        type="primary"
        icon={<EditOutlined />}
        style={{ minHeight: 44 }}
        loading={m.isPending}
        data-testid={props.testId ?? 'sign-open'}
        onClick={() => setOpen(true)}
      >
        {props.label}
      </Button>
      <SignatureModal
        open={open}
        propertyId={props.propertyId}
        title={props.title}
        signerName={props.signerName}
        onClose={() => setOpen(false)}
        onSigned={(ref) => {
          setOpen(false);
          m.mutate({ name: ref.signerName ?? props.signerName ?? '', id: ref.id });
        }}
      />
    </>
  );
}
