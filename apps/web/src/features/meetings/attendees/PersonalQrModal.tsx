/** One attendee's personal sign-in QR code, to show or send them. */
import { Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Attendee, SignInCode } from '../api';
import { signInLink } from './signInLink';

export function PersonalQrModal({ personal, onClose }: { personal: { a: Attendee; code: SignInCode } | null; onClose(): void }) {
  const { t } = useTranslation('meetings');
  return (
    <Modal
      open={!!personal}
      title={personal ? t('att.personalQrOf', { name: personal.a.name }) : ''}
      footer={null}
      onCancel={onClose}
      width={380}
    >
      {personal && (
        <div style={{ textAlign: 'center' }}>
          <img src={personal.code.pngDataUrl} width={260} height={260} alt="QR" />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} copyable={{ text: signInLink(personal.code.url) }}>
            {t('att.personalHint')}
          </Typography.Paragraph>
        </div>
      )}
    </Modal>
  );
}
