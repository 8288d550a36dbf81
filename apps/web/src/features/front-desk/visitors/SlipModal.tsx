/** The printable visitor slip: who, whom, when, badge, and the QR code the desk scans at sign-out. */
import { createContext } from 'react';
import { Button, Modal, Skeleton } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Visit } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { slipQuery } from './api';

/** Where a page shows the slip of a visit just let in (the row that let it in may leave its list at once). */
export const SlipContext = createContext<((v: Visit) => void) | null>(null);

export function SlipModal({ visit, onClose }: { visit: Visit; onClose: () => void }) {
  const { t } = useTranslation('visitors');
  const { t: tc } = useTranslation();
  const tz = useSession().property?.timeZone ?? 'Asia/Shanghai';
  const slip = useQuery(slipQuery(visit.id));
  const print = () => {
    document.body.classList.add('fd-printing-slip');
    window.print();
    document.body.classList.remove('fd-printing-slip');
  };
  return (
    <Modal
      open
      onCancel={onClose}
      title={t('msg.slipTitle')}
      footer={[
        <Button key="close" onClick={onClose} data-testid="slip-close">
          {tc('action.close')}
        </Button>,
        <Button key="print" type="primary" icon={<PrinterOutlined />} onClick={print} data-testid="slip-print">
          {t('act.print')}
        </Button>,
      ]}
      width={380}
    >
      <div className="fd-slip" data-testid="visit-slip" data-token={slip.data?.token ?? ''}>
        <h3>{t('msg.slipTitle')}</h3>
        <div>{visit.number}</div>
        <dl>
          <dt>{t('col.visitor')}</dt>
          <dd>
            {visit.visitorName}
            {visit.partySize > 1 ? ` ×${visit.partySize}` : ''}
          </dd>
          {visit.company && (
            <>
              <dt>{t('f.company')}</dt>
              <dd>{visit.company}</dd>
            </>
          )}
          <dt>{t('f.host')}</dt>
          <dd>
            {visit.hostName}
            {visit.hostUnit ? ` · ${visit.hostUnit}` : ''}
          </dd>
          {visit.hostLocation && (
            <>
              <dt />
              <dd>{visit.hostLocation}</dd>
            </>
          )}
          <dt>{t('col.in')}</dt>
          <dd>{visit.checkedInAt ? dayjs(visit.checkedInAt).tz(tz).format('YYYY-MM-DD HH:mm') : ''}</dd>
          {visit.badgeNo && (
            <>
              <dt>{t('f.badgeNo')}</dt>
              <dd>{visit.badgeNo}</dd>
            </>
          )}
        </dl>
        {slip.data ? <img src={slip.data.svgDataUrl} alt="QR" /> : <Skeleton.Image active />}
        <div className="fd-visit-sub">{t('msg.slipNote')}</div>
      </div>
    </Modal>
  );
}
