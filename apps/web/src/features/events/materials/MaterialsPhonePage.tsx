/** /events/:id/materials/phone — for staff placing items on foot (390 px): by placement, tick placed, then returned. */
import { Button, Card, Checkbox, Empty, Result, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { EventMaterialLine, MaterialStatus } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { eventKeys, eventQuery } from '../api';
import { materialsQuery, writeMaterials } from './api';
import { STATUS_COLOR } from './labels';

export default function MaterialsPhonePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('eventMaterials');
  const navigate = useNavigate();
  const eq = useQuery(eventQuery(id));
  const mq = useQuery(materialsQuery(id));
  const set = useApiMutation({
    mutationFn: (v: { lineId: string; status: MaterialStatus }) => writeMaterials.status(id, v.lineId, v.status),
    invalidate: [eventKeys.event(id)],
  });
  if (eq.isLoading || mq.isLoading) return <Spin />;
  if (!eq.data || !mq.data) return <Result status="404" />;
  const work = eq.data.policies.work;
  const groups = new Map<string, EventMaterialLine[]>();
  for (const l of mq.data.data) {
    const k = l.placement ?? t('noPlacement');
    groups.set(k, [...(groups.get(k) ?? []), l]);
  }
  return (
    <div style={{ maxWidth: 390, margin: '0 auto', padding: 8 }}>
      <Button icon={<ArrowLeftOutlined />} type="link" onClick={() => navigate(`/events/${id}?tab=materials`)} style={{ paddingInline: 0 }}>
        {t('back')}
      </Button>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('phoneTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {eq.data.name} · {t('phoneHint')}
      </Typography.Paragraph>
      {!mq.data.data.length && <Empty description={t('empty')} />}
      {[...groups.entries()].map(([placement, lines]) => (
        <Card key={placement} size="small" title={placement} style={{ marginBottom: 10 }}>
          {lines.map((l) => (
            <div key={l.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }} data-testid="materials-phone-line">
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <b>{l.name}</b>
                <span>
                  {l.quantity} {l.unit}
                </span>
              </div>
              <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginTop: 6, flexWrap: 'wrap' }}>
                <Tag color={STATUS_COLOR[l.status]}>{t(`status.${l.status}`)}</Tag>
                <Checkbox
                  style={{ minHeight: 32 }}
                  disabled={!work || set.isPending || l.status === 'returned'}
                  checked={l.status === 'placed' || l.status === 'returned'}
                  onChange={(e) => set.mutate({ lineId: l.id, status: e.target.checked ? 'placed' : 'ready' })}
                  data-testid="materials-phone-placed"
                >
                  {t('placed')}
                </Checkbox>
                <Checkbox
                  style={{ minHeight: 32 }}
                  disabled={!work || set.isPending || l.outstanding > 0 || l.status === 'needed'}
                  checked={l.status === 'returned'}
                  onChange={(e) => set.mutate({ lineId: l.id, status: e.target.checked ? 'returned' : 'placed' })}
                >
                  {t('colReturned')}
                </Checkbox>
                {l.outstanding > 0 && <Tag color="orange">{t('outstanding', { n: l.outstanding })}</Tag>}
              </div>
            </div>
          ))}
        </Card>
      ))}
    </div>
  );
}
