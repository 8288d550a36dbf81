/**
 * 交接班 (F5): the handover waiting for me to take over (items as checkable rows, the shift's counts), writing
 * my own handover (the drawn-up snapshot + notes), and the history with a printable record and an .xlsx export.
 * Live: the page refetches when a handover is submitted, acknowledged or accepted.
 */
import { useState } from 'react';
import { Button, Card, Drawer, Empty, Space, Typography } from 'antd';
import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useLive } from '../../../lib/live';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { HANDOVER_LIVE_TOPICS, currentHandoverQuery, handoverKeys, handoverQuery } from './api';
import { HandoverView } from './HandoverView';
import { HandoverHistory } from './HandoverHistory';
import { PrintForm } from './PrintForm';
import { WriteHandover } from './WriteHandover';

export default function HandoverPage() {
  const { t } = useTranslation('handover');
  const { propertyId } = useSession();
  const phone = useIsPhone();
  const [writing, setWriting] = useState(false);
  const [viewing, setViewing] = useState<string | null>(null);
  useLive(HANDOVER_LIVE_TOPICS, [handoverKeys.all], propertyId);
  const current = useQuery(currentHandoverQuery(propertyId)).data?.data ?? null;
  const viewed = useQuery(handoverQuery(viewing)).data ?? null;
  // Waiting, and neither to acknowledge nor to accept for me: I wrote it.
  const own = current && !current.policies.acknowledge && !current.policies.accept;
  const printed = viewed ?? current;
  return (
    <>
      <PageHeader
        title={t('nav')}
        extra={
          <Button
            type="primary"
            icon={<EditOutlined />}
            onClick={() => setWriting(true)}
            style={{ minHeight: 40 }}
            data-testid="write-open"
          >
            {t('write.open')}
          </Button>
        }
      />
      {!phone && <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>}
      <div style={{ display: 'grid', gridTemplateColumns: phone ? '1fr' : 'minmax(0, 5fr) minmax(0, 7fr)', gap: 16, alignItems: 'start' }}>
        <Card
          size="small"
          title={t('current.title')}
          data-testid="current-handover"
          extra={
            current && (
              <Button
                icon={<PrinterOutlined />}
                onClick={() => (setViewing(null), setTimeout(() => window.print(), 50))}
                aria-label={t('print')}
              />
            )
          }
        >
          {current ? (
            <>
              {own && <Typography.Paragraph type="secondary">{t('current.own')}</Typography.Paragraph>}
              <HandoverView h={current} />
            </>
          ) : (
            <Empty description={t('current.none')} />
          )}
        </Card>
        <HandoverHistory onOpen={setViewing} />
      </div>
      <Drawer
        open={!!viewing}
        onClose={() => setViewing(null)}
        width={phone ? '100%' : 640}
        title={t('detail.title')}
        extra={
          <Space>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="handover-print-btn">
              {t('print')}
            </Button>
            <Button onClick={() => setViewing(null)} data-testid="detail-close">
              {t('detail.close')}
            </Button>
          </Space>
        }
      >
        {viewed && <HandoverView h={viewed} />}
      </Drawer>
      <WriteHandover open={writing} onClose={() => setWriting(false)} />
      {printed && <PrintForm h={printed} />}
    </>
  );
}
