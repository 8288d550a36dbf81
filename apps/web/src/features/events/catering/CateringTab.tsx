/**
 * The event's catering (M13): meals grouped by day, each card with its planned count live from the registrations
 * (+ staff) and dietary tags, menu options to choose, the count sent to the caterer and the signed real count
 * (the sign dialog fits a 390 px phone: the logistics leader signs at the dining room); the order sheet to print or
 * export.
 */
import { useState } from 'react';
import { Button, Card, Empty, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, PrinterOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { yuan, type CateringView, type EventDetail, type EventMeal } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { cateringKey, cateringQuery, cateringWrite, orderSheetXlsx } from './api';
import { MealDialog, MenuDialog, SignDialog } from './MealDialogs';

const STATE_COLOR = { planned: 'default', ordered: 'blue', served: 'green' } as const;

export function eventDays(e: { startsOn: string; endsOn: string }) {
  const out: string[] = [];
  for (let d = dayjs(e.startsOn); !d.isAfter(dayjs(e.endsOn)); d = d.add(1, 'day')) out.push(d.format('YYYY-MM-DD'));
  return out;
}

export default function CateringTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation('eventCatering');
  const q = useQuery(cateringQuery(event.id));
  const [editing, setEditing] = useState<EventMeal | 'new' | null>(null);
  const [menuFor, setMenuFor] = useState<EventMeal | null>(null);
  const [signFor, setSignFor] = useState<EventMeal | null>(null);
  const work = event.policies.work && event.status !== 'closed' && event.status !== 'cancelled';
  const inval = [cateringKey(event.id)];
  const defaults = useApiMutation({
    mutationFn: () => {
      const first = q.data?.meals[0];
      return cateringWrite.defaults(event.id, {
        place: first?.place ?? undefined,
        catererName: first?.catererName ?? undefined,
        catererContact: first?.catererContact ?? undefined,
        catererPhone: first?.catererPhone ?? undefined,
      });
    },
    invalidate: inval,
    success: t('saved'),
  });
  const v = q.data;
  if (!v) return <Spin />;
  const days = eventDays(event);
  const byDay = new Map<string, EventMeal[]>();
  for (const m of v.meals) byDay.set(m.day, [...(byDay.get(m.day) ?? []), m]);
  return (
    <div data-testid="catering-tab">
      <Space wrap style={{ marginBottom: 12 }}>
        {work && (
          <Button
            icon={<ThunderboltOutlined />}
            onClick={() => defaults.mutate()}
            loading={defaults.isPending}
            title={t('defaultsHint')}
            data-testid="catering-defaults"
          >
            {t('defaults')}
          </Button>
        )}
        {work && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="catering-add">
            {t('add')}
          </Button>
        )}
        <Link to={`/events/${event.id}/catering/order-sheet`} data-testid="catering-order-sheet">
          <Button icon={<PrinterOutlined />}>{t('orderSheet')}</Button>
        </Link>
        <Button icon={<DownloadOutlined />} href={orderSheetXlsx(event.id)} data-testid="catering-xlsx">
          {t('exportXlsx')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" data-testid="catering-totals">
        {t('totals', { covers: v.totals.covers, amount: yuan(v.totals.totalFen), served: v.totals.served })} ·{' '}
        {t('countHours', { hours: v.countHours })}
      </Typography.Paragraph>
      {!v.meals.length && <Empty description={t('empty')} />}
      {[...byDay].map(([day, meals]) => (
        <section key={day} style={{ marginBottom: 16 }}>
          <Typography.Title level={5}>{day}</Typography.Title>
          <Space direction="vertical" style={{ width: '100%' }}>
            {meals.map((m) => (
              <MealCard
                key={m.id}
                meal={m}
                view={v}
                work={work}
                eventId={event.id}
                onEdit={() => setEditing(m)}
                onMenu={() => setMenuFor(m)}
                onSign={() => setSignFor(m)}
              />
            ))}
          </Space>
        </section>
      ))}
      <MealDialog
        eventId={event.id}
        days={days}
        meal={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
      />
      <MenuDialog eventId={event.id} meal={menuFor} onClose={() => setMenuFor(null)} />
      <SignDialog eventId={event.id} propertyId={event.propertyId} meal={signFor} onClose={() => setSignFor(null)} />
    </div>
  );
}

function MealCard(props: {
  meal: EventMeal;
  view: CateringView;
  work: boolean;
  eventId: string;
  onEdit: () => void;
  onMenu: () => void;
  onSign: () => void;
}) {
  const { t } = useTranslation('eventCatering');
  const m = props.meal;
  const inval = [cateringKey(props.eventId)];
  const choose = useApiMutation({
    mutationFn: (menuId: string) => cateringWrite.choose(props.eventId, m.id, menuId),
    invalidate: inval,
    success: t('saved'),
  });
  const confirm = useApiMutation({ mutationFn: () => cateringWrite.confirm(props.eventId, m.id), invalidate: inval, success: t('saved') });
  const remove = useApiMutation({ mutationFn: () => cateringWrite.remove(props.eventId, m.id), invalidate: inval, success: t('saved') });
  const served = m.state === 'served';
  const started = dayjs().isAfter(dayjs(m.startsAt));
  return (
    <Card
      size="small"
      data-testid={`meal-${m.day}-${m.kind}-${m.time}`}
      title={
        <Space wrap size={4}>
          <span>
            {m.time} {t(`kind.${m.kind}`)}
          </span>
          <Tag>{t(`style.${m.style}`)}</Tag>
          <Tag color={STATE_COLOR[m.state]}>{t(`state.${m.state}`)}</Tag>
        </Space>
      }
      extra={
        props.work &&
        !served && (
          <Space size={0}>
            <Button type="link" size="small" onClick={props.onEdit}>
              {t('edit')}
            </Button>
            {!m.orderedAt && (
              <Popconfirm title={t('removeConfirm')} onConfirm={() => remove.mutate()}>
                <Button type="link" size="small" danger>
                  {t('remove')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
    >
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        {m.place ?? ''}
        {m.catererName ? ` · ${m.catererName}` : ''}
        {m.catererPhone ? ` ${m.catererPhone}` : ''}
      </Typography.Paragraph>
      <div data-testid="meal-planned">
        <Typography.Text strong>{t('planned')}：</Typography.Text>
        {t('plannedValue', { planned: m.planned, registered: m.registered, staff: m.staffCount })}{' '}
        {Object.entries(m.dietary).map(([k, n]) => (
          <Tag key={k} color={k === 'halal' ? 'green' : k === 'vegetarian' ? 'lime' : 'orange'}>
            {t(`dietary.${k}`, { defaultValue: k })} {n}
          </Tag>
        ))}
      </div>
      {m.orderedCount !== null && (
        <div data-testid="meal-ordered">
          <Typography.Text strong>{t('ordered')}：</Typography.Text>
          {t('orderedValue', { count: m.orderedCount, at: m.orderedAt ? dayjs(m.orderedAt).format('MM-DD HH:mm') : '' })}
        </div>
      )}
      {m.actualCount !== null && (
        <div data-testid="meal-actual-count">
          <Typography.Text strong>{t('actual')}：</Typography.Text>
          {t('actualValue', { count: m.actualCount, signer: m.signerName ?? '' })}
        </div>
      )}
      <div>
        {t('price', { price: yuan(m.priceFen) })} · {t('total', { amount: yuan(m.totalFen) })}
      </div>
      {m.kind !== 'tea' || m.menus.length ? (
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">{t('menus')}</Typography.Text>
          {!m.menus.length && <div>{t('noMenus')}</div>}
          {m.menus.map((x) => (
            <div
              key={x.id}
              style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', padding: '4px 0' }}
              data-testid="meal-menu"
            >
              <Typography.Text strong={x.chosen}>{x.name}</Typography.Text>
              <span>{t('price', { price: yuan(x.priceFen) })}</span>
              {x.dishes.length > 0 && <Typography.Text type="secondary">{x.dishes.join('、')}</Typography.Text>}
              {x.chosen ? (
                <Tag color="blue">{t('chosen')}</Tag>
              ) : (
                props.view.mayChoose &&
                !served && (
                  <Button size="small" onClick={() => choose.mutate(x.id)} loading={choose.isPending} data-testid="meal-menu-choose">
                    {t('choose')}
                  </Button>
                )
              )}
            </div>
          ))}
        </div>
      ) : null}
      {props.work && !served && (
        <Space wrap style={{ marginTop: 8 }}>
          <Button size="small" onClick={props.onMenu} data-testid="meal-add-menu">
            {t('addMenu')}
          </Button>
          <Button size="small" onClick={() => confirm.mutate()} loading={confirm.isPending} data-testid="meal-confirm">
            {m.orderedAt ? t('confirmAgain') : t('confirmNow')}
          </Button>
          {props.view.mayChoose && started && (
            <Button size="small" type="primary" onClick={props.onSign} data-testid="meal-sign">
              {t('sign')}
            </Button>
          )}
        </Space>
      )}
    </Card>
  );
}
