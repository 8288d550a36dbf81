/** The units with their company and billing area; the area is typed in place (> 0). */
import { InputNumber, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { itemKeys, setUnitArea, unitsQuery } from './api';

export function UnitAreasTab() {
  const { t } = useTranslation('feeItems');
  const { propertyId, can } = useSession();
  const q = useQuery(unitsQuery(propertyId));
  const save = useApiMutation({ mutationFn: setUnitArea, invalidate: [itemKeys.all], success: t('saved') });
  const editable = can('billing.items.manage');
  return (
    <Table
      rowKey="id"
      size="small"
      loading={q.isLoading}
      dataSource={q.data?.data ?? []}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: true }}
      columns={[
        { title: t('field.unit'), dataIndex: 'code', width: 110 },
        { title: t('field.building'), dataIndex: 'building', width: 100 },
        {
          title: t('field.organization'),
          dataIndex: 'organizationName',
          render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('noOrg')}</Typography.Text>,
        },
        {
          title: t('field.area'),
          dataIndex: 'billingAreaSqm',
          width: 160,
          render: (v: number | null, u) =>
            editable ? (
              <InputNumber
                data-testid={`area-${u.code}`}
                min={0.01}
                precision={2}
                defaultValue={v ?? undefined}
                placeholder={t('areaMissing')}
                onBlur={(e) => {
                  const n = Number(e.target.value);
                  if (n > 0 && n !== v) save.mutate({ id: u.id, billingAreaSqm: n });
                }}
              />
            ) : (
              (v ?? t('areaMissing'))
            ),
        },
      ]}
    />
  );
}
