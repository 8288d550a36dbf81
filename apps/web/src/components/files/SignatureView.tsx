import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FileRef } from '@hy/contracts';
import { useDateTime } from '../../lib/format';

/** A stored signature as printed forms show it: the drawing, the signer and the time. */
export function SignatureView(props: { file: FileRef; label?: string }) {
  const { t } = useTranslation();
  const when = useDateTime();
  return (
    <figure className="signature-view" data-testid="signature-view" style={{ margin: 0 }}>
      <img src={props.file.url} alt={props.file.signerName ?? ''} style={{ maxWidth: 240, maxHeight: 90, display: 'block' }} />
      <Typography.Text type="secondary">
        {props.label ?? t('files.signedBy')}：{props.file.signerName} · {when(props.file.signedAt)}
      </Typography.Text>
    </figure>
  );
}
