/** Scan an attendee's personal QR code (the camera, or the code typed where there is none): signed in at once. */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QrScanner } from '../../../components/files/QrScanner';
import { useScanSignInCode } from '../api';
import { resultOf, type DeskResult } from './deskResult';

export function DeskScan({ noticeId, onResult }: { noticeId: string; onResult: (r: DeskResult) => void }) {
  const { t } = useTranslation('meetings');
  const scan = useScanSignInCode({
    onSuccess: (r) => onResult(resultOf(r)),
    onError: (message) => onResult({ kind: 'error', message, at: Date.now() }),
  });
  return (
    <div className="mt-desk-scan">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('desk.scanHint')}
      </Typography.Paragraph>
      <QrScanner onScan={(code) => scan.mutate({ noticeId, code })} testId="desk-scanner" />
    </div>
  );
}
