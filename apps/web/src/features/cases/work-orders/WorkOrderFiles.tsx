/** A work order's completion photos and the customer's drawn signature (signer and time), where there are any. */
import type { WorkOrderRow } from '@hy/contracts';
import { useTranslation } from 'react-i18next';
import { Photos } from '../../../components/files/Photos';
import { SignatureView } from '../../../components/files/SignatureView';

export function WorkOrderFiles({ w, size = 56 }: { w: Pick<WorkOrderRow, 'photos' | 'signature'>; size?: number }) {
  const { t } = useTranslation('cases');
  if (!w.photos.length && !w.signature) return null;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 6, marginTop: 6 }} data-testid="wo-files">
      <Photos files={w.photos} size={size} testId="wo-photos" />
      {w.signature && <SignatureView file={w.signature} label={t('wo.signature')} />}
    </div>
  );
}
