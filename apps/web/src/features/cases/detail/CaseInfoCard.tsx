/** The case as logged: caller, channel, unit, organization, location, content, photos and its times. */
import { Card, Descriptions, Image, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useOrgs, useUnits } from '../api';
import { useCaseLabels } from '../labels';
import { fmt } from './format';

export function CaseInfoCard({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('cases');
  const L = useCaseLabels();
  const { propertyId } = useSession();
  const unit = (useUnits(propertyId).data ?? []).find((u) => u.id === c.unitId);
  const org = (useOrgs(propertyId).data ?? []).find((o) => o.id === c.organizationId);
  return (
    <Card size="small" title={t('detail.info')} style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={3} labelStyle={{ width: 100, whiteSpace: 'nowrap' }}>
        <Descriptions.Item label={t('field.contactName')}>{c.contactName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('field.contactPhone')}>{c.contactPhone ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('field.channel')}>{L.channel(c.channel)}</Descriptions.Item>
        <Descriptions.Item label={t('field.unit')}>{unit ? `${unit.buildingName} ${unit.code}` : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('field.organization')} span={2}>
          {org?.name ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.location')} span={3}>
          {c.location ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.content')} span={3}>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="case-content">
            {c.content}
          </Typography.Text>
        </Descriptions.Item>
        {c.photos.length > 0 && (
          <Descriptions.Item label={t('field.photos')} span={3}>
            <Image.PreviewGroup>
              <Space wrap>
                {c.photos.map((u) => (
                  <Image
                    key={u}
                    src={u}
                    width={72}
                    height={72}
                    style={{ objectFit: 'cover' }}
                    fallback="data:image/gif;base64,R0lGODlhAQABAAAAACw="
                  />
                ))}
              </Space>
            </Image.PreviewGroup>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('field.createdAt')}>{fmt(c.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('field.respondedAt')}>{fmt(c.respondedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('field.closedAt')}>{fmt(c.closedAt)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
