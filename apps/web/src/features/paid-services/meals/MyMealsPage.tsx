/** 订餐 in the portal (phone first, 390 px): today's dishes with counts until the cut-off, my orders, signing on delivery. */
import { useState } from 'react';
import { Alert, Button, Collapse, Empty, Input, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { money } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { mealDayQuery, mealKeys, menusQuery, placeOrder } from './api';
import { DishPicker, linesOf } from './DishPicker';
import { MenuTab } from './MenuTab';
import { OrderCard } from './OrderCard';
import { isoWeekday, weekStartOf } from './week';

export default function MyMealsPage() {
  const { t } = useTranslation('meals');
  const { propertyId, me } = useSession();
  const day = useQuery(mealDayQuery(propertyId)).data;
  const menus = useQuery(menusQuery(propertyId)).data?.data ?? [];
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [contact, setContact] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const ws = day ? weekStartOf(day.day) : '';
  const todays = day ? (menus.find((m) => m.weekStart === ws)?.dishes.filter((d) => d.day === isoWeekday(day.day)) ?? []) : [];
  const lines = linesOf(counts);
  const total = lines.reduce((s, l) => s + l.count * (todays.find((d) => d.dish === l.dish)?.priceFen ?? 0), 0);
  const m = useApiMutation<void>({
    mutationFn: () => placeOrder({ propertyId: propertyId!, contactName: (contact ?? me?.displayName ?? '').trim(), lines }),
    invalidate: [mealKeys.all],
    success: t('mine.ordered', { deliverBy: day?.deliverBy ?? '' }),
    onSuccess: () => {
      setCounts({});
      setRefusal(null);
    },
    onError: (text) => setRefusal(text),
  });
  return (
    <div style={{ maxWidth: 560 }}>
      <PageHeader title={t('mine.title')} />
      {day && (
        <Alert
          type={day.open ? 'info' : 'warning'}
          showIcon
          data-testid="meal-cutoff"
          style={{ marginBottom: 12 }}
          message={day.open ? t('day.open', { cutoff: day.cutoff }) : t('day.closed', { cutoff: day.cutoff })}
          description={t('day.deliverBy', { deliverBy: day.deliverBy })}
        />
      )}
      {refusal && <Alert type="error" showIcon data-testid="meal-refused" style={{ marginBottom: 12 }} message={refusal} />}
      <Typography.Title level={5}>{t('mine.today')}</Typography.Title>
      {todays.length ? (
        <>
          <DishPicker dishes={todays} counts={counts} onChange={setCounts} />
          <Input
            size="large"
            style={{ marginTop: 8 }}
            value={contact ?? me?.displayName ?? ''}
            onChange={(e) => setContact(e.target.value)}
            addonBefore={t('field.contactName')}
            data-testid="meal-contact"
          />
          <Button
            type="primary"
            block
            size="large"
            style={{ minHeight: 48, marginTop: 12 }}
            disabled={!lines.length}
            loading={m.isPending}
            data-testid="meal-order-submit"
            onClick={() => m.mutate()}
          >
            {t('mine.order')} {lines.length ? money(total) : ''}
          </Button>
        </>
      ) : (
        <Empty description={t('mine.noMenu')} />
      )}
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t('mine.history')}
      </Typography.Title>
      {(day?.data ?? []).map((o) => (
        <OrderCard key={o.id} o={o} staff={false} />
      ))}
      <Collapse
        style={{ marginTop: 16 }}
        items={[{ key: 'w', label: t('mine.week'), children: <MenuTab propertyId={propertyId} weekStart={ws} /> }]}
      />
    </div>
  );
}
