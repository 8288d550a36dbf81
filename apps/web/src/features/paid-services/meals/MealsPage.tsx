/**
 * 送餐服务 (desk 1280 and phone 390): today's orders with the cut-off, the sheet phoned to the caterer, the quality
 * check, delivery and signature; this week's menu; the month statement and settlement; opinions and evaluations.
 */
import { useState } from 'react';
import { Alert, Button, Empty, Space, Tabs, Typography } from 'antd';
import { PhoneOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { money } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { EvaluationsTab } from '../laundry/EvaluationsTab';
import { SuppliersTab } from '../laundry/SuppliersTab';
import { StatementTab } from '../laundry/StatementTab';
import { markPhoned, mealDayQuery, mealKeys, menusQuery } from './api';
import { MenuTab } from './MenuTab';
import { NewOrderModal } from './NewOrderModal';
import { OrderCard } from './OrderCard';
import { isoWeekday, weekStartOf } from './week';

export default function MealsPage() {
  const { t } = useTranslation('meals');
  const navigate = useNavigate();
  const when = useDateTime();
  const { propertyId, can } = useSession();
  const staff = can('paidservices.desk') || can('paidservices.manage');
  const day = useQuery(mealDayQuery(propertyId)).data;
  const menus = useQuery(menusQuery(propertyId)).data?.data ?? [];
  const [creating, setCreating] = useState(false);
  const phoned = useApiMutation<void>({ mutationFn: () => markPhoned(propertyId!), invalidate: [mealKeys.all], success: t('done.phoned') });
  const ws = day ? weekStartOf(day.day) : '';
  const todays = day ? (menus.find((m) => m.weekStart === ws)?.dishes.filter((d) => d.day === isoWeekday(day.day)) ?? []) : [];
  const orders = day?.data ?? [];
  const today = (
    <div>
      {day && (
        <Alert
          type={day.open ? 'info' : 'warning'}
          showIcon
          data-testid="meal-cutoff"
          style={{ marginBottom: 12 }}
          message={`${day.open ? t('day.open', { cutoff: day.cutoff }) : t('day.closed', { cutoff: day.cutoff })} · ${t('day.deliverBy', { deliverBy: day.deliverBy })}`}
          description={day.phonedAt ? t('day.phoned', { time: when(day.phonedAt), name: day.phonedByName }) : t('day.notPhoned')}
        />
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        {staff && (
          <Button type="primary" icon={<PlusOutlined />} style={{ minHeight: 44 }} data-testid="meal-new" onClick={() => setCreating(true)}>
            {t('act.new')}
          </Button>
        )}
        {staff && !day?.phonedAt && (
          <Button icon={<PhoneOutlined />} style={{ minHeight: 44 }} loading={phoned.isPending} onClick={() => phoned.mutate()}>
            {t('day.markPhoned')}
          </Button>
        )}
        <Button icon={<PrinterOutlined />} style={{ minHeight: 44 }} onClick={() => navigate('/paid-services/meals/sheet/print')}>
          {t('day.printSheet')}
        </Button>
        <Typography.Text type="secondary">
          {t('day.totalOrders', { n: orders.length, total: money(orders.reduce((s, o) => s + o.totalFen, 0)) })}
        </Typography.Text>
      </Space>
      {!orders.length && <Empty description={t('day.empty')} />}
      <div
        data-testid="meal-orders"
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(340px, 100%), 1fr))', gap: 12 }}
      >
        {orders.map((o) => (
          <OrderCard key={o.id} o={o} staff={staff} />
        ))}
      </div>
    </div>
  );
  return (
    <div>
      <PageHeader title={t('nav.title')} />
      <Typography.Paragraph type="secondary">
        {t('subtitle', { cutoff: day?.cutoff ?? '10:00', deliverBy: day?.deliverBy ?? '11:30' })}
      </Typography.Paragraph>
      <Tabs
        items={[
          { key: 'today', label: t('tabs.today'), children: today },
          { key: 'menu', label: t('tabs.menu'), children: <MenuTab propertyId={propertyId} weekStart={ws} /> },
          { key: 'statement', label: t('tabs.statement'), children: <StatementTab propertyId={propertyId} kind="meals" /> },
          { key: 'evaluations', label: t('tabs.evaluations'), children: <EvaluationsTab propertyId={propertyId} kind="meals" /> },
          { key: 'suppliers', label: t('tabs.suppliers'), children: <SuppliersTab propertyId={propertyId} kind="meals" /> },
        ]}
      />
      {propertyId && day && (
        <NewOrderModal
          open={creating}
          propertyId={propertyId}
          dishes={todays}
          closed={!day.open}
          cutoff={day.cutoff}
          onClose={() => setCreating(false)}
        />
      )}
    </div>
  );
}
