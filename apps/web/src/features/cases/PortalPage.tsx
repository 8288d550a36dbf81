/** 业户服务: a tenant reports a repair or complaint for their own unit, follows it, signs the work order and rates the result. */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  Collapse,
  Drawer,
  Empty,
  Form,
  Input,
  List,
  Radio,
  Rate,
  Row,
  Select,
  Space,
  Spin,
  Steps,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { SendOutlined, FormOutlined, StarOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { api, qs, type Page } from '../../lib/api';
import { applyProblem } from '../../lib/errors';
import { useSession } from '../../lib/session';
import { caseKeys, useCase, useCaseEndpoints, useLiveCases, type CaseDetail, type CaseRow, type WorkOrder } from './api';
import { CaseStatusTag, WoStatusTag, useCaseLabels } from './labels';

/** Where the tenant's case is, in the tenant's words. */
function progressOf(c: CaseDetail | CaseRow, wos: WorkOrder[] = []) {
  if (c.status === 'closed') return 5;
  if (c.status === 'resolved') return 4;
  const live = wos.filter((w) => w.status !== 'voided');
  if (live.some((w) => w.status === 'completed')) return 3;
  if (c.status === 'in_progress' || live.some((w) => ['accepted', 'on_site'].includes(w.status))) return 2;
  if (c.status === 'dispatched' || live.length) return 1;
  return 0;
}

export default function PortalPage() {
  const { t } = useTranslation(['cases', 'common']);
  const L = useCaseLabels();
  const { propertyId, me } = useSession();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const ep = useCaseEndpoints().data;
  useLiveCases(propertyId);

  const mine = useQuery({
    queryKey: caseKeys.list(propertyId, { q: 'portal' }),
    queryFn: () => api.get<Page<CaseRow>>(`/cases${qs({ propertyId, limit: 100 })}`),
    enabled: !!propertyId,
  });

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setSaving(true);
    try {
      const c = await api.post<CaseDetail>('/cases', {
        propertyId,
        kind: v.kind,
        channel: 'tenant_portal',
        location: v.location || null,
        content: v.content,
        contactPhone: v.contactPhone || null,
        photos: v.photos ?? [],
      });
      message.success(t('portal.submitted', { number: c.number }));
      form.resetFields();
      void qc.invalidateQueries({ queryKey: caseKeys.all });
      setOpenId(c.id);
    } catch (err) {
      message.error(applyProblem(err, form, t('common:error.generic')));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <div className="hy-page-title">
        <h2>{t('portal.title')}</h2>
        <Typography.Text type="secondary">{me?.unitLabel ?? me?.organizationName ?? ''}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('portal.report')} size="small">
            <Form
              form={form}
              layout="vertical"
              initialValues={{ kind: 'repair', photos: [], contactPhone: me?.phone ?? '' }}
              data-testid="portal-form"
            >
              <Form.Item name="kind" label={t('portal.whatKind')}>
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  options={[
                    { value: 'repair', label: L.kind('repair') },
                    { value: 'complaint', label: L.kind('complaint') },
                  ]}
                />
              </Form.Item>
              <Form.Item
                name="location"
                label={t('field.location')}
                extra={me?.unitLabel ? t('portal.unitHint', { unit: me.unitLabel }) : undefined}
              >
                <Input maxLength={200} placeholder={t('portal.locationPlaceholder')} data-testid="portal-location" />
              </Form.Item>
              <Form.Item
                name="content"
                label={t('portal.content')}
                rules={[{ required: true, whitespace: true, message: t('intake.contentRequired') }]}
              >
                <Input.TextArea
                  rows={4}
                  maxLength={2000}
                  showCount
                  placeholder={t('portal.contentPlaceholder')}
                  data-testid="portal-content"
                />
              </Form.Item>
              <Form.Item name="contactPhone" label={t('field.contactPhone')}>
                <Input maxLength={30} />
              </Form.Item>
              <Form.Item name="photos" label={t('field.photos')} extra={t('intake.photosHint')}>
                <Select mode="tags" open={false} tokenSeparators={[' ', ',']} maxCount={10} placeholder="https://…" />
              </Form.Item>
              <Button type="primary" block icon={<SendOutlined />} loading={saving} onClick={submit} data-testid="portal-submit">
                {t('portal.submit')}
              </Button>
            </Form>
          </Card>
          {ep?.kbFaq && <FaqCard />}
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('portal.myCases')} size="small">
            {mine.isLoading ? (
              <Spin />
            ) : !mine.data?.data.length ? (
              <Empty description={t('portal.noCases')} />
            ) : (
              <List
                dataSource={mine.data.data}
                data-testid="portal-cases"
                renderItem={(c) => (
                  <List.Item
                    style={{ cursor: 'pointer' }}
                    onClick={() => setOpenId(c.id)}
                    data-testid="portal-case"
                    data-number={c.number}
                    extra={<CaseStatusTag status={c.status} />}
                  >
                    <List.Item.Meta
                      title={
                        <Space size={6}>
                          <span>{c.number}</span>
                          <Tag style={{ marginInlineEnd: 0 }}>{L.kind(c.kind)}</Tag>
                        </Space>
                      }
                      description={
                        <>
                          <Typography.Paragraph ellipsis={{ rows: 1 }} style={{ margin: 0 }}>
                            {c.content}
                          </Typography.Paragraph>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {dayjs(c.createdAt).format('YYYY-MM-DD HH:mm')}
                          </Typography.Text>
                        </>
                      }
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
      <PortalCaseDrawer id={openId} onClose={() => setOpenId(null)} rating={!!ep?.rating} />
    </>
  );
}

function PortalCaseDrawer({ id, onClose, rating }: { id: string | null; onClose(): void; rating: boolean }) {
  const { t } = useTranslation(['cases', 'common']);
  const L = useCaseLabels();
  const { me } = useSession();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { data: c, isLoading } = useCase(id ?? undefined);
  const [signing, setSigning] = useState<WorkOrder | null>(null);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [rate, setRate] = useState<{ satisfied: boolean; rating: number; comment: string } | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: caseKeys.all });

  const sign = async () => {
    if (!signing || !name.trim()) return;
    try {
      await api.post(`/work-orders/${signing.id}/sign`, { name: name.trim(), method: 'portal' });
      message.success(t('portal.signed'));
      setSigning(null);
      void refresh();
    } catch (err) {
      message.error(applyProblem(err, undefined, t('common:error.generic')));
    }
  };
  const addNote = async () => {
    if (!c || !note.trim()) return;
    try {
      await api.post(`/cases/${c.id}/follow-ups`, { kind: 'note', note: note.trim() });
      setNote('');
      message.success(t('portal.noteAdded'));
      void refresh();
    } catch (err) {
      message.error(applyProblem(err, undefined, t('common:error.generic')));
    }
  };
  const sendRating = async () => {
    if (!c || !rate) return;
    try {
      await api.post(`/cases/${c.id}/rating`, { satisfied: rate.satisfied, rating: rate.rating, comment: rate.comment || null });
      message.success(t('portal.rated'));
      setRate(null);
      void refresh();
    } catch (err) {
      message.error(applyProblem(err, undefined, t('common:error.generic')));
    }
  };

  const step = c ? progressOf(c, c.workOrders) : 0;
  const rated = !!c?.timeline.some((e) => e.kind === 'rated' || e.kind === 'tenant_rating');
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      width={Math.min(560, window.innerWidth)}
      title={c ? `${c.number} · ${L.kind(c.kind)}` : ''}
      destroyOnHidden
    >
      {isLoading || !c ? (
        <Spin />
      ) : (
        <>
          <Steps
            direction="vertical"
            size="small"
            current={step}
            style={{ marginBottom: 16 }}
            data-testid="portal-steps"
            items={['received', 'dispatched', 'working', 'toSign', 'done', 'closed'].map((k) => ({ title: t(`portal.step.${k}`) }))}
          />
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.content}</Typography.Paragraph>
          {c.location && (
            <Typography.Paragraph type="secondary">
              {t('field.location')}：{c.location}
            </Typography.Paragraph>
          )}
          {c.workOrders
            .filter((w) => w.status !== 'voided')
            .map((w) => (
              <Card
                key={w.id}
                size="small"
                style={{ marginBottom: 12 }}
                title={
                  <Space>
                    {t('portal.workOrder')} {w.number}
                    <WoStatusTag status={w.status} />
                  </Space>
                }
              >
                {w.workDone && (
                  <div>
                    {t('wo.workDone')}：{w.workDone}
                  </div>
                )}
                {w.materials.length > 0 && (
                  <div>
                    {t('wo.materials')}：{w.materials.map((m) => `${m.name}×${m.qty}${m.unit ?? ''}`).join('，')}
                  </div>
                )}
                {w.signedByName && (
                  <Typography.Text type="success">
                    {t('wo.signedBy', { name: w.signedByName, method: t(`signMethod.${w.signatureMethod ?? 'paper'}`) })}
                  </Typography.Text>
                )}
                {w.status === 'completed' && (
                  <Button
                    type="primary"
                    icon={<FormOutlined />}
                    style={{ marginTop: 8 }}
                    onClick={() => {
                      setName(me?.displayName ?? '');
                      setSigning(w);
                    }}
                    data-testid="portal-sign"
                  >
                    {t('portal.sign')}
                  </Button>
                )}
                {signing?.id === w.id && (
                  <Space.Compact style={{ width: '100%', marginTop: 8 }}>
                    <Input
                      value={name}
                      onChange={(e) => setName(e.target.value)}
                      placeholder={t('field.signerName')}
                      data-testid="portal-sign-name"
                    />
                    <Button type="primary" onClick={sign} data-testid="portal-sign-ok">
                      {t('portal.signConfirm')}
                    </Button>
                  </Space.Compact>
                )}
              </Card>
            ))}
          {rating &&
            (c.status === 'resolved' || c.status === 'closed') &&
            !rated &&
            (rate ? (
              <Card size="small" title={t('portal.rateTitle')} style={{ marginBottom: 12 }}>
                <Radio.Group
                  value={rate.satisfied}
                  onChange={(e) => setRate({ ...rate, satisfied: e.target.value })}
                  options={[
                    { value: true, label: t('callback.satisfied') },
                    { value: false, label: t('callback.dissatisfied') },
                  ]}
                />
                <div style={{ margin: '8px 0' }}>
                  <Rate value={rate.rating} onChange={(v) => setRate({ ...rate, rating: v || 1 })} />
                </div>
                <Input.TextArea
                  rows={2}
                  maxLength={1000}
                  value={rate.comment}
                  onChange={(e) => setRate({ ...rate, comment: e.target.value })}
                  placeholder={t('field.comment')}
                />
                <Button type="primary" style={{ marginTop: 8 }} onClick={sendRating} data-testid="portal-rate-ok">
                  {t('common:action.submit')}
                </Button>
              </Card>
            ) : (
              <Button
                icon={<StarOutlined />}
                style={{ marginBottom: 12 }}
                onClick={() => setRate({ satisfied: true, rating: 5, comment: '' })}
                data-testid="portal-rate"
              >
                {t('portal.rate')}
              </Button>
            ))}
          <Typography.Title level={5}>{t('portal.progress')}</Typography.Title>
          <Timeline
            items={[...c.timeline]
              .reverse()
              .filter(
                (e) =>
                  ![
                    'escalated',
                    'respond_warning',
                    'respond_breach',
                    'resolve_warning',
                    'resolve_breach',
                    'follow_up',
                    'follow_up_second',
                  ].includes(e.kind) && !e.kind.startsWith('resolve_'),
              )
              .map((e) => ({
                key: e.id,
                children: (
                  <div>
                    <Typography.Text strong>{L.event(e.kind)}</Typography.Text>{' '}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {dayjs(e.at).format('MM-DD HH:mm')}
                    </Typography.Text>
                    {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
                  </div>
                ),
              }))}
          />
          {c.policies.followUp && (
            <Space.Compact style={{ width: '100%' }}>
              <Input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} placeholder={t('portal.notePlaceholder')} />
              <Button onClick={addNote}>{t('portal.addNote')}</Button>
            </Space.Compact>
          )}
        </>
      )}
    </Drawer>
  );
}

function FaqCard() {
  const { t } = useTranslation('cases');
  const { propertyId } = useSession();
  const [q, setQ] = useState('');
  const { data } = useQuery({
    queryKey: ['cases', 'faq', propertyId, q],
    queryFn: () =>
      api.get<{ data: { id: string; category: string; question: string; answer: string }[] }>(`/kb/faq${qs({ propertyId, q })}`),
    enabled: !!propertyId,
    retry: false,
    placeholderData: (p) => p,
  });
  const rows = data?.data ?? [];
  return (
    <Card
      size="small"
      title={
        <Space>
          <QuestionCircleOutlined />
          {t('portal.faq')}
        </Space>
      }
      style={{ marginTop: 16 }}
      data-testid="portal-faq"
    >
      <Input.Search allowClear placeholder={t('kb.searchPlaceholder')} onSearch={(v) => setQ(v.trim())} style={{ marginBottom: 8 }} />
      {!rows.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('kb.noHits')} />
      ) : (
        <Collapse
          size="small"
          items={rows
            .slice(0, 30)
            .map((r) => ({ key: r.id, label: r.question, children: <div style={{ whiteSpace: 'pre-wrap' }}>{r.answer}</div> }))}
        />
      )}
    </Card>
  );
}
