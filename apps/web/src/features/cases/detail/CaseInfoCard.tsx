/** The case as logged: caller, channel, unit, organization, location, content, photos and its times. */
import { Card, Descriptions, Space, Typography } from 'antd';
import { Photos } from '../../../components/files/Photos';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../../lib/useIsPhone';
import type { CaseDetail } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useOrgs, useUnits } from '../api';
import { useCaseLabels } from '../labels';
import { fmt } from './format';

export function CaseInfoCard({ c }: { c: CaseDetail }) {
  // One column on a phone: three squeeze the values into a letter per line.
  const cols = useIsPhone() ? 1 : 3;
  const { t } = useTranslation('cases');
  const L = useCaseLabels();
  const { propertyId } = useSession();
  const unit = (useUnits(propertyId).data ?? []).find((u) => u.id === c.unitId);
  const org = (useOrgs(propertyId).data ?? []).find((o) => o.id === c.organizationId);
  return (
    <Card size="small" title={t('detail.info')} style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={cols} labelStyle={{ width: 100, whiteSpace: 'nowrap' }}>
        <Descriptions.Item label={t('field.contactName')}>{c.contactName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('field.contactPhone')}>{c.contactPhone ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('field.channel')}>{L.channel(c.channel)}</Descriptions.Item>
        <Descriptions.Item label={t('field.unit')}>{unit ? `${unit.buildingName} ${unit.code}` : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('field.organization')} span={Math.min(2, cols)}>
          {org?.name ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.location')} span={Math.min(3, cols)}>
          {c.location ?? '—'}
        </Descriptions.Item>
        {c.occupantOut && (
          <Descriptions.Item label={t('field.occupantOut')} span={Math.min(3, cols)}>
            <span data-testid="case-occupant-out">{`${fmt(c.occupantOut.from)} – ${fmt(c.occupantOut.to)}`}</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('field.content')} span={Math.min(3, cols)}>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="case-content">
            {c.content}
          </Typography.Text>
        </Descriptions.Item>
        {c.photos.length > 0 && (
          <Descriptions.Item label={t('field.photos')} span={Math.min(3, cols)}>
            <Photos files={c.photos} size={72} testId="case-photos" />
          </Descriptions.Item>
        )}
        {c.photoLinks.length > 0 && (
          <Descriptions.Item label={t('detail.photoLinks')} span={Math.min(3, cols)}>
            <Space wrap>
              {c.photoLinks.map((u) => (
                <Typography.Link key={u} href={u} target="_blank" rel="noopener noreferrer">
                  {u.length > 48 ? `${u.slice(0, 45)}…` : u}
                </Typography.Link>
              ))}
            </Space>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('field.receivedAt')}>{fmt(c.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('field.createdAt')}>{fmt(c.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('field.respondedAt')}>{fmt(c.respondedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('field.closedAt')}>{fmt(c.closedAt)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
