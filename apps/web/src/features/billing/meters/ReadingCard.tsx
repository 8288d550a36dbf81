/** One unit's reading on a phone: the previous reading, the current typed in, saved with one tap. */
import { useState } from 'react';
import { Button, Card, InputNumber, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeterRow } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { enterReading, meterKeys } from './api';

export function ReadingCard(props: { row: MeterRow; propertyId: string | null; month: string; today: string; canWrite: boolean }) {
  const { t } = useTranslation('feeMeters');
  const { row } = props;
  const [value, setValue] = useState<number | null>(row.currentReading);
  const save = useApiMutation({
    mutationFn: enterReading,
    invalidate: [meterKeys.all],
    success: t('saved', { unit: row.unitCode }),
  });
  return (
    <Card size="small" data-testid={`reading-${row.unitCode}`} styles={{ body: { padding: 12 } }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong>{row.unitCode}</Typography.Text> <Typography.Text type="secondary">{row.building}</Typography.Text>
          <div style={{ fontSize: 12 }}>{row.organizationName ?? t('vacant')}</div>
        </div>
        {row.currentReading === null ? (
          <Tag style={{ flex: 'none', alignSelf: 'flex-start' }}>{t('notRead')}</Tag>
        ) : (
          <Tag color="green" style={{ flex: 'none', alignSelf: 'flex-start' }}>
            {t('consumption', { n: row.consumption })}
          </Tag>
        )}
      </div>
      <Space.Compact style={{ width: '100%', marginTop: 8 }}>
        <InputNumber
          addonBefore={`${t('previous')} ${row.previousReading}`}
          aria-label={t('current')}
          data-testid={`reading-input-${row.unitCode}`}
          inputMode="decimal"
          min={row.previousReading}
          precision={2}
          value={value}
          disabled={!props.canWrite}
          onChange={(v) => setValue(v)}
          style={{ width: '100%' }}
          placeholder={t('current')}
        />
        <Button
          type="primary"
          disabled={!props.canWrite || value === null}
          loading={save.isPending}
          data-testid={`reading-save-${row.unitCode}`}
          onClick={() =>
            value !== null &&
            save.mutate({
              propertyId: props.propertyId ?? '',
              month: props.month,
              unitId: row.unitId,
              currentReading: value,
              readOn: props.today,
            })
          }
        >
          {t('save')}
        </Button>
      </Space.Compact>
      {row.readByName && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('readBy', { name: row.readByName, day: row.readOn })}
        </Typography.Text>
      )}
    </Card>
  );
}
