/** The directory on a phone: one card per entry, the numbers tap-to-call. */
import { Button, Card, Empty, List, Tag, Typography } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntry } from '@hy/contracts';

export function DirectoryCards(props: { rows: DirectoryEntry[]; loading: boolean; onEdit?: (e: DirectoryEntry) => void }) {
  const { t } = useTranslation(['directory', 'common']);
  return (
    <List
      loading={props.loading}
      dataSource={props.rows}
      locale={{ emptyText: <Empty description={t('picker.none')} /> }}
      renderItem={(e) => (
        <Card size="small" style={{ marginBottom: 8 }} data-testid="directory-card" data-name={e.nameZh}>
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
            <div style={{ minWidth: 0 }}>
              <Typography.Text strong>{e.nameZh}</Typography.Text> <Tag>{t(`kind.${e.kind}`)}</Tag>
              {e.executive && <Tag color="gold">{t('executive')}</Tag>}
              <div>
                <Typography.Text type="secondary">{[e.parentName, e.title, e.location].filter(Boolean).join(' · ')}</Typography.Text>
              </div>
            </div>
            {props.onEdit && (
              <Button style={{ minHeight: 40 }} onClick={() => props.onEdit!(e)}>
                {t('common:action.edit')}
              </Button>
            )}
          </div>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 8 }}>
            {[e.phone, e.mobile, e.emergencyPhone].filter(Boolean).map((n) => (
              <Button key={n} icon={<PhoneOutlined />} href={`tel:${n}`} style={{ minHeight: 40 }}>
                {n === e.emergencyPhone ? `${t('field.emergencyShort')} ${n}` : n}
              </Button>
            ))}
          </div>
        </Card>
      )}
    />
  );
}
