/**
 * 场地看板: venues (rows, by building) × time (07:00–22:00 in 30-minute slots) for a day, or × 7 days.
 * Drag across free slots of a row to book them; click a block for its detail. Live: refetches when a
 * booking of the property changes anywhere.
 */
import { Fragment, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { Button, DatePicker, Empty, InputNumber, Segmented, Select, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { LeftOutlined, PlusOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router-dom';
import dayjs, { type Dayjs } from 'dayjs';
import { EQUIPMENT, VENUE_CLASSES, type VenueClass } from '@hy/contracts';
import { useLive } from '../../lib/live';
import { useSession } from '../../lib/session';
import { PageHeader } from '../../components/PageHeader';
import type { Venue } from '../places/api';
import { CLASS_COLORS } from '../places/labels';
import { BOOKING_LIVE_TOPICS, bookingKeys, useAllVenues, wall } from './api';
import { DAY_END, DAY_START, SLOT, SLOTS, minutesIn, pct, useBoard, type Block } from './board/board';
import { BookingDrawer } from './BookingDetail';
import { BookingForm, type BookingDraft } from './BookingForm';
import { ClosureButton } from './ClosureModal';
import { useBookingLabels } from './labels';
import './bookings.css';

interface Filters {
  buildingId?: string;
  venueClass?: VenueClass;
  minCapacity?: number | null;
  equipment: string[];
}
interface Drag {
  venueId: string;
  anchor: number;
  current: number;
  min: number;
  max: number;
}

const maxCapacity = (v: Venue) => Math.max(v.seats, ...v.layouts.map((l) => l.capacity));
const mondayOf = (d: Dayjs) => d.subtract((d.day() + 6) % 7, 'day').startOf('day');
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

function BlockTip({ b }: { b: Block }) {
  const L = useBookingLabels();
  const { t } = L;
  return (
    <div style={{ fontSize: 12 }}>
      <div>
        <b>{b.kind === 'closed' ? t('board.closed') : `${b.number ?? ''} · ${L.status(b.kind)}`}</b>
      </div>
      <div>
        {b.start.format('MM-DD HH:mm')}–{b.end.format('HH:mm')}
      </div>
      {b.title && <div>{b.title}</div>}
      {b.organizer && (
        <div>
          {b.organizer}
          {b.attendees ? ` · ${t('board.people', { n: b.attendees })}` : ''}
        </div>
      )}
      {b.kind !== 'closed' && (b.heldFrom.isBefore(b.start) || b.heldTo.isAfter(b.end)) && (
        <div>{t('board.heldSpan', { from: b.heldFrom.format('HH:mm'), to: b.heldTo.format('HH:mm') })}</div>
      )}
      {b.linkedFrom && <div>{t('board.linkedFrom', { venue: b.linkedFrom })}</div>}
    </div>
  );
}

function VenueLabel({ v }: { v: Venue }) {
  const { t, P } = useBookingLabels();
  return (
    <Tooltip
      placement="right"
      title={
        <div style={{ fontSize: 12 }}>
          {v.code} · {P.venueType(v.venueType)} · {P.leadRule(v.effectiveLeadTime)}
          <br />
          {v.layouts.map((l) => `${P.layout(l.layout)} ${l.capacity}`).join(' / ')}
        </div>
      }
    >
      <div className="bk-venue-label">
        <div className="bk-venue-name">{v.name}</div>
        <div className="bk-venue-meta">
          <Tag color={CLASS_COLORS[v.venueClass]} className="bk-class-tag">
            {v.venueClass}
          </Tag>
          <span>{t('board.seats', { n: maxCapacity(v) })}</span>
          {!v.bookable && <Tag className="bk-class-tag">{t('board.notBookable')}</Tag>}
          {v.restricted && (
            <Tag color="purple" className="bk-class-tag">
              {t('board.restricted')}
            </Tag>
          )}
        </div>
      </div>
    </Tooltip>
  );
}

export default function BoardPage() {
  const L = useBookingLabels();
  const { t, P } = L;
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const canBook = session.can('bookings.create');
  const [params, setParams] = useSearchParams();
  const today = wall(new Date(), tz).startOf('day');
  const date = params.get('date') && dayjs(params.get('date')).isValid() ? dayjs(params.get('date')).startOf('day') : today;
  const view = params.get('view') === 'week' ? 'week' : 'day';
  const setDate = (d: Dayjs, v: string = view) =>
    setParams(
      (p) => {
        p.set('date', d.format('YYYY-MM-DD'));
        p.set('view', v);
        return p;
      },
      { replace: true },
    );
  const [filters, setFilters] = useState<Filters>({ equipment: [] });
  const [openId, setOpenId] = useState<string | null>(null);
  const [draft, setDraft] = useState<BookingDraft | null>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  dragRef.current = drag;

  useLive(BOOKING_LIVE_TOPICS, [bookingKeys.all], session.propertyId);
  const venues = useAllVenues(session.propertyId);
  const from = view === 'week' ? mondayOf(date) : date;
  const days = view === 'week' ? 7 : 1;
  const board = useBoard(session.propertyId, tz, from, days);

  const shown = useMemo(
    () =>
      (venues.data ?? []).filter(
        (v) =>
          (!filters.buildingId || v.buildingId === filters.buildingId) &&
          (!filters.venueClass || v.venueClass === filters.venueClass) &&
          (!filters.minCapacity || maxCapacity(v) >= filters.minCapacity) &&
          filters.equipment.every((e) => v.equipment.some((x) => x.code === e)),
      ),
    [venues.data, filters],
  );
  const groups = useMemo(() => {
    const m = new Map<string, { name: string; list: Venue[] }>();
    for (const v of shown) {
      const g = m.get(v.buildingId) ?? { name: v.buildingName, list: [] };
      g.list.push(v);
      m.set(v.buildingId, g);
    }
    return [...m.values()];
  }, [shown]);
  const buildings = useMemo(() => {
    const m = new Map<string, string>();
    for (const v of venues.data ?? []) m.set(v.buildingId, v.buildingName);
    return [...m].map(([value, label]) => ({ value, label }));
  }, [venues.data]);
  const byVenue = useMemo(() => {
    const m = new Map<string, Block[]>();
    for (const b of board.data ?? []) m.set(b.venueId, [...(m.get(b.venueId) ?? []), b]);
    return m;
  }, [board.data]);

  // ---- drag to select free slots (day view) ----
  const now = wall(new Date(), tz);
  const nowMin = date.isSame(now, 'day') ? minutesIn(now, date) : date.isBefore(now, 'day') ? 24 * 60 : -1;
  /** Slots of a row that cannot be picked: held, outside opening hours, or past. */
  const blockedSlots = useCallback(
    (v: Venue) => {
      const out = new Array<boolean>(SLOTS).fill(false);
      const [oh, om] = v.openFrom.split(':').map(Number);
      const [ch, cm] = v.openTo.split(':').map(Number);
      const open = oh! * 60 + om!;
      const close = ch! * 60 + cm!;
      for (let i = 0; i < SLOTS; i++) {
        const s = DAY_START + i * SLOT;
        const e = s + SLOT;
        if (!v.bookable || s < open || e > close || s < nowMin) out[i] = true;
        for (const b of byVenue.get(v.id) ?? []) if (minutesIn(b.heldFrom, date) < e && minutesIn(b.heldTo, date) > s) out[i] = true;
      }
      return out;
    },
    [byVenue, date, nowMin],
  );

  const slotAt = (e: ReactMouseEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return Math.min(SLOTS - 1, Math.max(0, Math.floor(((e.clientX - r.left) / r.width) * SLOTS)));
  };
  const onDown = (v: Venue, e: ReactMouseEvent<HTMLDivElement>) => {
    if (!canBook || e.button !== 0 || (e.target as HTMLElement).closest('.bk-block')) return;
    const blocked = blockedSlots(v);
    const s = slotAt(e);
    if (blocked[s]) return;
    let min = s;
    let max = s;
    while (min > 0 && !blocked[min - 1]) min--;
    while (max < SLOTS - 1 && !blocked[max + 1]) max++;
    e.preventDefault();
    setDrag({ venueId: v.id, anchor: s, current: s, min, max });
  };
  const onMove = (v: Venue, e: ReactMouseEvent<HTMLDivElement>) => {
    const d = dragRef.current;
    if (!d || d.venueId !== v.id) return;
    const s = Math.min(d.max, Math.max(d.min, slotAt(e)));
    if (s !== d.current) setDrag({ ...d, current: s });
  };
  useEffect(() => {
    const up = () => {
      const d = dragRef.current;
      if (!d) return;
      setDrag(null);
      const a = Math.min(d.anchor, d.current);
      const b = Math.max(d.anchor, d.current) + 1;
      setDraft({ venueId: d.venueId, start: date.add(DAY_START + a * SLOT, 'minute'), end: date.add(DAY_START + b * SLOT, 'minute') });
    };
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, [date]);

  const hours = Array.from({ length: (DAY_END - DAY_START) / 60 }, (_, i) => DAY_START / 60 + i);
  const weekDays = Array.from({ length: 7 }, (_, i) => from.add(i, 'day'));

  const blockEl = (b: Block, dayRef: Dayjs, compact: boolean) => {
    const s = minutesIn(b.start, dayRef);
    const e = minutesIn(b.end, dayRef);
    const hs = minutesIn(b.heldFrom, dayRef);
    const he = minutesIn(b.heldTo, dayRef);
    if (he <= DAY_START || hs >= DAY_END) return null;
    const cls = `bk-block bk-${b.kind}${b.linkedFrom ? ' bk-linked' : ''}${compact ? ' bk-compact' : ''}${b.readable ? '' : ' is-opaque'}`;
    return (
      <Fragment key={b.key}>
        {b.kind !== 'closed' && hs < s && <div className="bk-buffer" style={{ left: `${pct(hs)}%`, width: `${pct(s) - pct(hs)}%` }} />}
        {b.kind !== 'closed' && he > e && <div className="bk-buffer" style={{ left: `${pct(e)}%`, width: `${pct(he) - pct(e)}%` }} />}
        <Tooltip title={<BlockTip b={b} />} mouseEnterDelay={0.25}>
          <div
            className={cls}
            style={{ left: `${pct(s)}%`, width: `max(${pct(e) - pct(s)}%, 4px)` }}
            data-testid="board-block"
            data-number={b.number ?? ''}
            onClick={() => b.bookingId && b.readable && setOpenId(b.bookingId)}
            role={b.bookingId && b.readable ? 'button' : undefined}
          >
            {!compact && (
              <span className="bk-block-text">
                {b.kind === 'closed' ? (
                  b.title || t('board.closed')
                ) : (
                  <>
                    {e - s > 90 ? `${b.start.format('HH:mm')} ` : ''}
                    {b.title || (b.readable ? b.number : t('board.occupied'))}
                    {b.organizer ? <span className="bk-block-org"> · {b.organizer}</span> : null}
                  </>
                )}
              </span>
            )}
          </div>
        </Tooltip>
      </Fragment>
    );
  };

  const closedOverlay = (v: Venue) => {
    if (!v.bookable) return <div className="bk-closed-hours" style={{ left: 0, width: '100%' }} />;
    const [oh, om] = v.openFrom.split(':').map(Number);
    const [ch, cm] = v.openTo.split(':').map(Number);
    const open = oh! * 60 + om!;
    const close = ch! * 60 + cm!;
    return (
      <>
        {open > DAY_START && <div className="bk-closed-hours" style={{ left: 0, width: `${pct(open)}%` }} />}
        {close < DAY_END && <div className="bk-closed-hours" style={{ left: `${pct(close)}%`, width: `${100 - pct(close)}%` }} />}
      </>
    );
  };

  return (
    <div className="bk-board-page">
      <PageHeader
        title={t('board.title')}
        extra={
          <Space>
            {session.can('bookings.manage') && <ClosureButton onOpenBooking={setOpenId} />}
            {canBook && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDraft({ start: undefined })} data-testid="new-booking">
                {t('board.newBooking')}
              </Button>
            )}
          </Space>
        }
      />
      <div className="bk-toolbar">
        <Space size={6} wrap>
          <Segmented
            value={view}
            onChange={(v) => setDate(date, String(v))}
            options={[
              { value: 'day', label: t('board.day') },
              { value: 'week', label: t('board.week') },
            ]}
            data-testid="view-switch"
          />
          <Button
            icon={<LeftOutlined />}
            onClick={() => setDate(date.subtract(days, 'day'))}
            aria-label={t('board.prev')}
            data-testid="prev-day"
          />
          <DatePicker
            value={date}
            allowClear={false}
            onChange={(d) => d && setDate(d)}
            picker="date"
            style={{ width: 150 }}
            format={(d) =>
              view === 'week' ? `${mondayOf(d).format('MM-DD')}~${mondayOf(d).add(6, 'day').format('MM-DD')}` : d.format('YYYY-MM-DD ddd')
            }
            data-testid="board-date"
          />
          <Button
            icon={<RightOutlined />}
            onClick={() => setDate(date.add(days, 'day'))}
            aria-label={t('board.next')}
            data-testid="next-day"
          />
          <Button onClick={() => setDate(today)} disabled={date.isSame(today, 'day')}>
            {t('board.today')}
          </Button>
          <Select
            allowClear
            placeholder={t('board.filter.building')}
            style={{ width: 120 }}
            value={filters.buildingId}
            options={buildings}
            onChange={(buildingId) => setFilters((f) => ({ ...f, buildingId }))}
          />
          <Select
            allowClear
            placeholder={t('board.filter.class')}
            style={{ width: 100 }}
            value={filters.venueClass}
            options={VENUE_CLASSES.map((c) => ({ value: c, label: P.venueClass(c) }))}
            onChange={(venueClass) => setFilters((f) => ({ ...f, venueClass }))}
          />
          <InputNumber
            min={1}
            placeholder={t('board.filter.minCapacity')}
            style={{ width: 110 }}
            value={filters.minCapacity}
            onChange={(minCapacity) => setFilters((f) => ({ ...f, minCapacity }))}
          />
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            placeholder={t('board.filter.equipment')}
            style={{ width: 180 }}
            value={filters.equipment}
            options={EQUIPMENT.map((e) => ({ value: e, label: P.equipment(e) }))}
            onChange={(equipment) => setFilters((f) => ({ ...f, equipment }))}
          />
          <Tooltip title={t('board.refresh')}>
            <Button icon={<ReloadOutlined spin={board.isFetching} />} onClick={() => void board.refetch()} />
          </Tooltip>
        </Space>
      </div>
      <div className="bk-legend">
        <span>
          <i className="bk-swatch bk-requested" />
          {t('board.legend.requested')}
        </span>
        <span>
          <i className="bk-swatch bk-confirmed" />
          {t('board.legend.confirmed')}
        </span>
        <span>
          <i className="bk-swatch bk-closed" />
          {t('board.legend.closed')}
        </span>
        <span>
          <i className="bk-swatch bk-buffer-swatch" />
          {t('board.legend.buffer')}
        </span>
        <span>
          <i className="bk-swatch bk-linked-swatch" />
          {t('board.legend.linked')}
        </span>
        {canBook && view === 'day' && <Typography.Text type="secondary">{t('board.dragHint')}</Typography.Text>}
        <Typography.Text type="secondary" style={{ marginLeft: 'auto' }}>
          {t('board.count', { n: shown.length })}
        </Typography.Text>
      </div>
      <Spin spinning={venues.isLoading || board.isLoading}>
        {!shown.length && !venues.isLoading ? (
          <Empty style={{ padding: 40 }} description={t('board.noVenues')} />
        ) : (
          <div className={`bk-board ${view === 'week' ? 'bk-week' : 'bk-day'}`} data-testid="board">
            <div className="bk-row bk-head">
              <div className="bk-label-cell">{view === 'day' ? date.format(t('board.dateFormat')) : t('board.venue')}</div>
              {view === 'day' ? (
                <div className="bk-track bk-hours">
                  {hours.map((h) => (
                    <div key={h} className="bk-hour" style={{ left: `${pct(h * 60)}%` }}>
                      {String(h).padStart(2, '0')}
                    </div>
                  ))}
                </div>
              ) : (
                <div className="bk-days">
                  {weekDays.map((d) => (
                    <div
                      key={d.format('YYYYMMDD')}
                      className={`bk-day-head${d.isSame(today, 'day') ? ' is-today' : ''}${d.day() === 0 || d.day() === 6 ? ' is-weekend' : ''}`}
                      onClick={() => setDate(d, 'day')}
                      role="button"
                    >
                      {d.format(t('board.weekDayFormat'))}
                    </div>
                  ))}
                </div>
              )}
            </div>
            {groups.map((g) => (
              <div key={g.name}>
                <div className="bk-group">
                  {g.name} <span className="bk-group-count">{g.list.length}</span>
                </div>
                {g.list.map((v) => (
                  <div key={v.id} className={`bk-row${v.bookable ? '' : ' is-off'}`} data-testid="board-row" data-venue={v.name}>
                    <div className="bk-label-cell">
                      <VenueLabel v={v} />
                    </div>
                    {view === 'day' ? (
                      <div
                        className={`bk-track${canBook ? ' can-book' : ''}`}
                        onMouseDown={(e) => onDown(v, e)}
                        onMouseMove={(e) => onMove(v, e)}
                        data-testid="board-track"
                      >
                        {closedOverlay(v)}
                        {nowMin > DAY_START && <div className="bk-past" style={{ width: `${pct(nowMin)}%` }} />}
                        {(byVenue.get(v.id) ?? []).map((b) => blockEl(b, date, false))}
                        {drag?.venueId === v.id && (
                          <div
                            className="bk-selection"
                            style={{
                              left: `${pct(DAY_START + Math.min(drag.anchor, drag.current) * SLOT)}%`,
                              width: `${((Math.abs(drag.current - drag.anchor) + 1) / SLOTS) * 100}%`,
                            }}
                          >
                            {hhmm(DAY_START + Math.min(drag.anchor, drag.current) * SLOT)}–
                            {hhmm(DAY_START + (Math.max(drag.anchor, drag.current) + 1) * SLOT)}
                          </div>
                        )}
                      </div>
                    ) : (
                      <div className="bk-days">
                        {weekDays.map((d) => {
                          const list = (byVenue.get(v.id) ?? []).filter((b) => b.heldFrom.isBefore(d.add(1, 'day')) && b.heldTo.isAfter(d));
                          return (
                            <div
                              key={d.format('YYYYMMDD')}
                              className={`bk-week-cell${d.day() === 0 || d.day() === 6 ? ' is-weekend' : ''}`}
                              onClick={(e) => {
                                if (!(e.target as HTMLElement).closest('.bk-block')) setDate(d, 'day');
                              }}
                              title={t('board.openDay')}
                            >
                              <div className="bk-mini">{list.map((b) => blockEl(b, d, true))}</div>
                              {list.filter((b) => !b.linkedFrom).length > 0 && (
                                <span className="bk-week-count">{list.filter((b) => !b.linkedFrom).length}</span>
                              )}
                            </div>
                          );
                        })}
                      </div>
                    )}
                  </div>
                ))}
              </div>
            ))}
          </div>
        )}
      </Spin>
      <BookingDrawer id={openId} onClose={() => setOpenId(null)} />
      <BookingForm
        open={!!draft}
        draft={draft}
        onClose={() => setDraft(null)}
        onSaved={(b) => setDate(wall(b.startAt, tz).startOf('day'))}
      />
    </div>
  );
}
