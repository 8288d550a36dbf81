/**
 * /e/:token — a guest's own registration page (M13), no login: the personal link from the invitation SMS or QR code.
 * Days, sessions, meals, arrival and departure, dietary, hotel wish, ID for the check-in, companions; or decline.
 * Phone-first (390 px), zh/en switch.
 */
import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Radio,
  Result,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { GlobalOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { DIETARY, HOTEL_WISHES, MAX_COMPANIONS, ROOM_SHARES, TRAVEL_MODES, type PublicRegistration } from '@hy/contracts';
import { ApiError } from '../../../lib/api';
import { applyProblem } from '../../../lib/errors';
import { setLang } from '../../../i18n';
import { guestKeys, registrationQuery, submitRegistration } from './api';
import '../../../components/public-page.css';

interface Travel {
  at?: Dayjs | null;
  mode?: string | null;
  ref?: string | null;
  station?: string | null;
}
interface Values {
  attendDays: string[];
  sessionIds: string[];
  meals: string[];
  arrival: Travel;
  departure: Travel;
  dietary: string;
  dietaryNote?: string | null;
  hotelWish: string;
  roomShare: string;
  idNo?: string | null;
  phone?: string | null;
  companions: { name: string; relation?: string }[];
  note?: string | null;
}

const initial = (p: PublicRegistration): Values => {
  const g = p.guest;
  const fresh = g.rsvp !== 'registered';
  return {
    attendDays: fresh && !g.attendDays.length ? p.event.days : g.attendDays,
    sessionIds: g.sessionIds,
    meals: g.meals,
    arrival: { at: g.arrivalAt ? dayjs(g.arrivalAt) : null, mode: g.arrivalMode, ref: g.arrivalRef, station: g.arrivalStation },
    departure: { at: g.departureAt ? dayjs(g.departureAt) : null, mode: g.departureMode, ref: g.departureRef, station: g.departureStation },
    dietary: g.dietary,
    dietaryNote: g.dietaryNote,
    hotelWish: g.hotelWish,
    roomShare: g.roomShare,
    idNo: g.idNo,
    phone: g.phone,
    companions: g.companions,
  };
};

function TravelFields({ name, label }: { name: 'arrival' | 'departure'; label: string }) {
  const { t } = useTranslation('eventGuests');
  return (
    <Card size="small" title={label} className="mt-public-card">
      <Form.Item name={[name, 'at']} label={t('reg.at')}>
        <DatePicker
          showTime={{ format: 'HH:mm', minuteStep: 5 }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          inputReadOnly
          data-testid={`reg-${name}-at`}
        />
      </Form.Item>
      <Form.Item name={[name, 'mode']} label={t('reg.mode')}>
        <Radio.Group
          optionType="button"
          options={TRAVEL_MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
          data-testid={`reg-${name}-mode`}
        />
      </Form.Item>
      <Space.Compact block>
        <Form.Item name={[name, 'ref']} label={t('reg.ref')} style={{ flex: 1 }}>
          <Input maxLength={30} data-testid={`reg-${name}-ref`} />
        </Form.Item>
        <Form.Item name={[name, 'station']} label={t('reg.station')} style={{ flex: 1 }}>
          <Input maxLength={60} />
        </Form.Item>
      </Space.Compact>
    </Card>
  );
}

export default function RegistrationPage() {
  const { token } = useParams();
  const { t, i18n } = useTranslation('eventGuests');
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [done, setDone] = useState<'registered' | 'declined' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const q = useQuery(registrationQuery(token));
  const p = q.data;
  const lang = i18n.language === 'en-US' ? 'zh-CN' : 'en-US';
  const hotel = Form.useWatch('hotelWish', form);

  async function send(body: Parameters<typeof submitRegistration>[1], outcome: 'registered' | 'declined') {
    setError(null);
    setBusy(true);
    try {
      const r = await submitRegistration(token, body);
      qc.setQueryData(guestKeys.public(token), r);
      setDone(outcome);
      window.scrollTo?.(0, 0);
    } catch (err) {
      setError(applyProblem(err, form, err instanceof ApiError ? err.message : String(err)));
    } finally {
      setBusy(false);
    }
  }
  const travel = (v: Travel) =>
    v?.at ? { at: v.at.format(), mode: (v.mode ?? null) as never, ref: v.ref ?? null, station: v.station ?? null } : null;
  const register = (v: Values) =>
    send(
      {
        answer: 'register',
        attendDays: v.attendDays,
        sessionIds: v.sessionIds ?? [],
        meals: v.meals ?? [],
        arrival: travel(v.arrival),
        departure: travel(v.departure),
        dietary: v.dietary as never,
        dietaryNote: v.dietaryNote ?? null,
        hotelWish: v.hotelWish as never,
        roomShare: v.roomShare as never,
        idNo: v.idNo ?? null,
        phone: v.phone ?? null,
        companions: (v.companions ?? []).filter((c) => c?.name?.trim()).map((c) => ({ name: c.name.trim(), relation: c.relation ?? '' })),
        note: v.note ?? null,
      },
      'registered',
    );

  return (
    <div className="mt-public" data-testid="event-registration">
      <div className="mt-public-top">
        <span className="hy-logo-mark">会</span>
        <Typography.Text strong style={{ flex: 1 }}>
          {t('reg.brand')}
        </Typography.Text>
        <Button type="text" size="small" icon={<GlobalOutlined />} onClick={() => setLang(lang)} data-testid="reg-lang">
          {lang === 'en-US' ? 'English' : '中文'}
        </Button>
      </div>
      {q.isLoading && (
        <Card>
          <Skeleton active />
        </Card>
      )}
      {q.isError && <Result status="warning" title={t('reg.invalid')} subTitle={t('reg.invalidHint')} />}
      {p && (
        <>
          <Card className="mt-public-card">
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {p.event.name}
            </Typography.Title>
            <div className="mt-public-meta">
              <div>{p.event.hostUnit}</div>
              <div>{p.event.startsOn === p.event.endsOn ? p.event.startsOn : `${p.event.startsOn} — ${p.event.endsOn}`}</div>
              {p.event.place && <div>{p.event.place}</div>}
            </div>
            <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
              {t('reg.dear', { name: p.guest.name })} · {t('reg.status', { s: t(`rsvp.${p.guest.rsvp}`) })}
            </Typography.Paragraph>
            {p.open ? (
              <Typography.Text type="secondary">{t('reg.closesOn', { day: p.closesOn })}</Typography.Text>
            ) : (
              <Alert type="warning" showIcon style={{ marginTop: 8 }} message={t('reg.closed', { day: p.closesOn })} />
            )}
          </Card>
          {done && (
            // antd's Result does not pass data-* attributes on: the wrapper carries the test id.
            <div data-testid="reg-done">
              <Result
                status="success"
                style={{ padding: '16px 0' }}
                title={done === 'registered' ? t('reg.registered') : t('reg.declined')}
              />
            </div>
          )}
          {p.room && (
            <Card size="small" title={t('reg.room')} className="mt-public-card">
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={p.room.hotel}>{p.room.address}</Descriptions.Item>
                <Descriptions.Item label={t('reg.roomNo')}>
                  {p.room.roomType} {p.room.roomNo ?? ''}
                </Descriptions.Item>
              </Descriptions>
              <div>{t('reg.checkIn', { a: p.room.checkInOn, b: p.room.checkOutOn })}</div>
            </Card>
          )}
          {p.transfers.length > 0 && (
            <Card size="small" title={t('reg.transfers')} className="mt-public-card">
              {p.transfers.map((x) => (
                <div key={`${x.at}${x.from}`} style={{ marginBottom: 8 }}>
                  <b>{dayjs(x.at).format('MM-DD HH:mm')}</b> {x.from} → {x.to}
                  <div className="mt-public-meta">
                    {x.vehicle} {x.driver ? `· ${t('reg.driver')} ${x.driver}` : ''}{' '}
                    {x.driverPhone ? <a href={`tel:${x.driverPhone}`}>{x.driverPhone}</a> : null}
                  </div>
                </div>
              ))}
            </Card>
          )}
          {p.open && (
            <Form
              key={p.guest.registeredAt ?? 'new'}
              form={form}
              layout="vertical"
              initialValues={initial(p)}
              onFinish={register}
              requiredMark={false}
              disabled={busy}
            >
              <Card size="small" className="mt-public-card">
                <Form.Item
                  name="attendDays"
                  label={t('reg.days')}
                  rules={[{ required: true, type: 'array', min: 1, message: t('reg.daysRequired') }]}
                >
                  <Checkbox.Group
                    options={p.event.days.map((d) => ({ value: d, label: dayjs(d).format('MM-DD ddd') }))}
                    data-testid="reg-days"
                  />
                </Form.Item>
                {p.sessions.length > 0 && (
                  <Form.Item name="sessionIds" label={t('reg.sessions')}>
                    <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} data-testid="reg-sessions">
                      {p.sessions.map((s) => (
                        <Checkbox key={s.id} value={s.id}>
                          {dayjs(s.startsAt).format('MM-DD HH:mm')} {s.title}
                        </Checkbox>
                      ))}
                    </Checkbox.Group>
                  </Form.Item>
                )}
                <Form.Item name="meals" label={t('reg.meals')}>
                  <Checkbox.Group
                    options={p.meals.map((m) => ({
                      value: m,
                      label: `${dayjs(m.slice(0, 10)).format('MM-DD')} ${t(`meal.${m.slice(11)}`)}`,
                    }))}
                    data-testid="reg-meals"
                  />
                </Form.Item>
                <Form.Item name="dietary" label={t('reg.dietary')}>
                  <Radio.Group options={DIETARY.map((d) => ({ value: d, label: t(`dietary.${d}`) }))} />
                </Form.Item>
                <Form.Item name="dietaryNote" label={t('reg.dietaryNote')}>
                  <Input maxLength={200} />
                </Form.Item>
              </Card>
              <TravelFields name="arrival" label={t('reg.arrival')} />
              <TravelFields name="departure" label={t('reg.departure')} />
              <Card size="small" className="mt-public-card">
                <Form.Item name="hotelWish" label={t('reg.hotel')}>
                  <Radio.Group
                    optionType="button"
                    options={HOTEL_WISHES.map((h) => ({ value: h, label: t(`hotelWish.${h}`) }))}
                    data-testid="reg-hotel"
                  />
                </Form.Item>
                {hotel === 'needed' && (
                  <Form.Item name="roomShare" label={t('reg.roomShare')}>
                    <Radio.Group options={ROOM_SHARES.map((r) => ({ value: r, label: t(`roomShare.${r}`) }))} />
                  </Form.Item>
                )}
                <Form.Item name="idNo" label={t('reg.idNo')}>
                  <Input maxLength={30} autoComplete="off" data-testid="reg-idno" />
                </Form.Item>
                <Form.Item name="phone" label={t('reg.phone')}>
                  <Input maxLength={30} inputMode="tel" />
                </Form.Item>
                <Form.List name="companions">
                  {(fields, { add, remove }) => (
                    <>
                      <Typography.Text>{t('reg.companions')}</Typography.Text>
                      {fields.map((f) => (
                        <Space key={f.key} align="baseline" style={{ display: 'flex', marginTop: 8 }}>
                          <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true }]} style={{ marginBottom: 0 }}>
                            <Input placeholder={t('reg.companionName')} maxLength={40} style={{ width: 130 }} />
                          </Form.Item>
                          <Form.Item name={[f.name, 'relation']} style={{ marginBottom: 0 }}>
                            <Select
                              placeholder={t('reg.relation')}
                              style={{ width: 120 }}
                              options={['随行人员', '秘书', '司机', '家属'].map((r) => ({ value: r, label: r }))}
                            />
                          </Form.Item>
                          <MinusCircleOutlined onClick={() => remove(f.name)} />
                        </Space>
                      ))}
                      {fields.length < MAX_COMPANIONS && (
                        <Button
                          type="dashed"
                          block
                          icon={<PlusOutlined />}
                          style={{ marginTop: 8 }}
                          onClick={() => add({ name: '', relation: '随行人员' })}
                        >
                          {t('reg.addCompanion')}
                        </Button>
                      )}
                    </>
                  )}
                </Form.List>
                <Form.Item name="note" label={t('reg.note')} style={{ marginTop: 12 }}>
                  <Input.TextArea maxLength={500} rows={2} />
                </Form.Item>
              </Card>
              {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="reg-error" />}
              <Button type="primary" size="large" block htmlType="submit" loading={busy} data-testid="reg-submit">
                {p.guest.rsvp === 'registered' ? t('reg.update') : t('reg.submit')}
              </Button>
              {p.guest.rsvp !== 'declined' && (
                <Popconfirm title={t('reg.declineConfirm')} onConfirm={() => send({ answer: 'decline' }, 'declined')}>
                  <Button size="large" block danger type="text" style={{ marginTop: 8 }} data-testid="reg-decline">
                    {t('reg.decline')}
                  </Button>
                </Popconfirm>
              )}
            </Form>
          )}
        </>
      )}
    </div>
  );
}
