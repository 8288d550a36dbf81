/** The desk's last result in large type, for the person at the desk and the attendee in front of it. */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeskResult } from './deskResult';

export function DeskResultBanner({ r }: { r: DeskResult | null }) {
  const { t } = useTranslation('meetings');
  if (!r) return null;
  if (r.kind === 'error')
    return (
      <Alert key={r.at} type="error" showIcon className="mt-desk-result" message={r.message} data-testid="desk-result" data-kind="error" />
    );
  return (
    <Alert
      key={r.at}
      type={r.kind === 'signed' ? 'success' : 'info'}
      showIcon
      className="mt-desk-result"
      data-testid="desk-result"
      data-kind={r.kind}
      message={<span className="mt-desk-name">{r.name}</span>}
      description={[t(r.kind === 'signed' ? 'desk.signed' : 'desk.again'), r.seat ? t('desk.seat', { seat: r.seat }) : '']
        .filter(Boolean)
        .join(' · ')}
    />
  );
}
