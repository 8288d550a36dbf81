/** 报修投诉登记: the front desk's fast intake form with the knowledge base beside it (S1–S3, S12). */
import { useMemo, useState } from 'react';
import type { ButtonProps } from 'antd';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, Modal, Radio, Row, Select, Space, Switch, Typography } from 'antd';
import { PhoneOutlined, SaveOutlined, MessageOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  CASE_CATEGORIES,
  CASE_CHANNELS,
  CASE_SUBCATEGORIES,
  COMMUNICATIVE_TYPES,
  COMPLAINT_NATURES,
  SEVERITIES,
  URGENCIES,
  classificationInput,
  type ClassificationForm,
} from '@hy/contracts';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../lib/session';
import { useApiMutation } from '../../lib/mutation';
import { createCase, createConsultation, linkConsultationKb, lookupContact, useCaseWrite, useOrgs, useUnits } from './api';
import { KbPanel, type KbHit } from './intake/KbPanel';
import { useCaseLabels } from './labels';
import './cases.css';

const STAFF_CHANNELS = CASE_CHANNELS.filter((c) => c !== 'tenant_portal');

export default function IntakePage() {
  const L = useCaseLabels();
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const [lookupNote, setLookupNote] = useState<string | null>(null);
  const [consult, setConsult] = useState<{ answer: string; topic?: string; entryId?: string } | null>(null);
  const unitsData = useUnits(propertyId).data;
  const orgsData = useOrgs(propertyId).data;
  const kind = Form.useWatch('kind', form);
  const nature = Form.useWatch('nature', form);
  const category = Form.useWatch('category', form);
  const content = Form.useWatch('content', form) ?? '';
  const emergency = Form.useWatch('emergency', form);

  const units = useMemo(() => unitsData ?? [], [unitsData]);
  const orgs = useMemo(() => orgsData ?? [], [orgsData]);
  const unitOptions = useMemo(
    () =>
      units.map((u) => ({
        value: u.id,
        label: `${u.buildingName} ${u.code}${u.name ? ` ${u.name}` : ''}${u.organizationName ? ` · ${u.organizationName}` : ''}`,
      })),
    [units],
  );
  const orgOptions = useMemo(() => orgs.map((o) => ({ value: o.id, label: o.name })), [orgs]);

  const lookup = async () => {
    const phone = String(form.getFieldValue('contactPhone') ?? '').trim();
    if (phone.replace(/\D/g, '').length < 3 || !propertyId) return;
    try {
      const r = await lookupContact(propertyId, phone);
      const user = r.users[0];
      const unit = r.units[0];
      const org = r.organizations[0];
      const patch: Record<string, unknown> = {};
      const cur = form.getFieldsValue(['contactName', 'unitId', 'organizationId']);
      if (!cur.contactName) patch.contactName = user?.displayName ?? org?.contactName ?? undefined;
      if (!cur.unitId) patch.unitId = user?.unitId ?? unit?.id ?? undefined;
      if (!cur.organizationId) patch.organizationId = user?.organizationId ?? unit?.organizationId ?? org?.id ?? undefined;
      form.setFieldsValue(patch);
      const found = r.users.length + r.units.length + r.organizations.length;
      setLookupNote(
        found ? t('intake.lookupFound', { name: user?.displayName ?? org?.contactName ?? '', count: found }) : t('intake.lookupNone'),
      );
    } catch {
      setLookupNote(null);
    }
  };

  const body = (v: Record<string, any>) => ({
    propertyId,
    channel: v.channel,
    contactName: v.contactName || null,
    contactPhone: v.contactPhone || null,
    unitId: v.unitId ?? null,
    organizationId: v.organizationId ?? null,
    location: v.location || null,
    content: v.content,
    photos: v.photos ?? [],
    ...classificationInput(v as ClassificationForm),
    apologized: v.kind === 'complaint' && !!v.apologized,
  });

  const create = useCaseWrite(createCase, {
    form,
    success: (c) => t('intake.created', { number: c.number }),
    onSuccess: (c) => navigate(`/cases/${c.id}`),
  });
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    create.mutate(body(v));
  };

  const consultation = useApiMutation({
    mutationFn: async (v: { input: Parameters<typeof createConsultation>[0]; entryId?: string }) => {
      const row = await createConsultation(v.input);
      // S12: the knowledge entry that answered it is tied to the consultation.
      if (v.entryId) await linkConsultationKb(row.id, v.entryId).catch(() => undefined);
      return row;
    },
    form,
    success: t('intake.consultationLogged'),
    onSuccess: () => {
      setConsult(null);
      form.resetFields();
      setLookupNote(null);
    },
  });
  const logConsultation = async () => {
    const v = await form.validateFields(['content', 'channel']).catch(() => null);
    if (!v || !consult) return;
    if (!consult.answer.trim()) {
      message.warning(t('intake.answerRequired'));
      return;
    }
    const all = form.getFieldsValue(true);
    consultation.mutate({
      input: {
        propertyId,
        channel: all.channel,
        contactName: all.contactName || null,
        contactPhone: all.contactPhone || null,
        unitId: all.unitId ?? null,
        organizationId: all.organizationId ?? null,
        question: all.content,
        answer: consult.answer,
        topic: consult.topic || null,
      },
      entryId: consult.entryId,
    });
  };

  const useAnswer = (h: KbHit) =>
    setConsult({ answer: h.answer, topic: h.category ?? h.title.slice(0, 100), entryId: h.source === 'kb' ? h.id : undefined });

  return (
    <>
      <PageHeader title={t('intake.title')} extra={<Typography.Text type="secondary">{t('intake.subtitle')}</Typography.Text>} />
      <Row gutter={16} wrap={false}>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card styles={{ body: { paddingBottom: 4 } }}>
            <Form
              form={form}
              layout="vertical"
              requiredMark
              size="middle"
              data-testid="intake-form"
              className="hy-dense-form"
              initialValues={{ channel: 'phone', kind: 'repair', severity: 'general', urgency: 'normal', emergency: false, photos: [] }}
            >
              <Row gutter={12}>
                <Col span={6}>
                  <Form.Item name="channel" label={t('field.channel')} rules={[{ required: true }]}>
                    <Select options={STAFF_CHANNELS.map((c) => ({ value: c, label: L.channel(c) }))} data-testid="intake-channel" />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item
                    name="contactPhone"
                    label={t('field.contactPhone')}
                    extra={lookupNote && <span data-testid="lookup-note">{lookupNote}</span>}
                  >
                    <Input prefix={<PhoneOutlined />} maxLength={30} onBlur={lookup} onPressEnter={lookup} data-testid="intake-phone" />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name="contactName" label={t('field.contactName')}>
                    <Input maxLength={64} data-testid="intake-contact" />
                  </Form.Item>
                </Col>
                <Col span={7}>
                  <Form.Item name="kind" label={t('field.kind')} rules={[{ required: true }]}>
                    <Radio.Group
                      optionType="button"
                      buttonStyle="solid"
                      options={[
                        { value: 'repair', label: L.kind('repair') },
                        { value: 'complaint', label: L.kind('complaint') },
                      ]}
                      data-testid="intake-kind"
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={12}>
                <Col span={8}>
                  <Form.Item name="unitId" label={t('field.unit')}>
                    <Select
                      allowClear
                      showSearch
                      optionFilterProp="label"
                      options={unitOptions}
                      data-testid="intake-unit"
                      onChange={(id) => {
                        const u = units.find((x) => x.id === id);
                        if (u?.organizationId && !form.getFieldValue('organizationId'))
                          form.setFieldValue('organizationId', u.organizationId);
                      }}
                    />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="organizationId" label={t('field.organization')}>
                    <Select allowClear showSearch optionFilterProp="label" options={orgOptions} data-testid="intake-org" />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="location" label={t('field.location')}>
                    <Input maxLength={200} placeholder={t('intake.locationPlaceholder')} data-testid="intake-location" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="content"
                label={t('field.content')}
                rules={[{ required: true, whitespace: true, message: t('intake.contentRequired') }]}
              >
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  maxLength={2000}
                  showCount
                  placeholder={t('intake.contentPlaceholder')}
                  data-testid="intake-content"
                />
              </Form.Item>
              <Row gutter={12}>
                {kind === 'complaint' && (
                  <Col span={6}>
                    <Form.Item name="nature" label={t('field.nature')}>
                      <Select allowClear options={COMPLAINT_NATURES.map((n) => ({ value: n, label: L.nature(n) }))} />
                    </Form.Item>
                  </Col>
                )}
                {kind === 'complaint' && nature === 'communicative' && (
                  <Col span={6}>
                    <Form.Item name="natureType" label={t('field.natureType')}>
                      <Select allowClear options={COMMUNICATIVE_TYPES.map((n) => ({ value: n, label: L.natureType(n) }))} />
                    </Form.Item>
                  </Col>
                )}
                <Col span={6}>
                  <Form.Item name="category" label={t('field.category')}>
                    <Select
                      allowClear
                      options={CASE_CATEGORIES.map((n) => ({ value: n, label: L.category(n) }))}
                      data-testid="intake-category"
                    />
                  </Form.Item>
                </Col>
                {category === 'equipment' && (
                  <Col span={6}>
                    <Form.Item name="subcategory" label={t('field.subcategory')}>
                      <Select
                        allowClear
                        options={CASE_SUBCATEGORIES.map((n) => ({ value: n, label: L.subcategory(n) }))}
                        data-testid="intake-subcategory"
                      />
                    </Form.Item>
                  </Col>
                )}
              </Row>
              <Row gutter={12} align="bottom">
                <Col span={9}>
                  <Form.Item name="severity" label={t('field.severity')}>
                    <Radio.Group
                      optionType="button"
                      options={SEVERITIES.map((s) => ({ value: s, label: L.severity(s) }))}
                      data-testid="intake-severity"
                    />
                  </Form.Item>
                </Col>
                {kind === 'repair' && (
                  <Col span={8}>
                    <Form.Item name="urgency" label={t('field.urgency')}>
                      <Radio.Group optionType="button" options={URGENCIES.map((s) => ({ value: s, label: L.urgency(s) }))} />
                    </Form.Item>
                  </Col>
                )}
                <Col span={kind === 'repair' ? 7 : 15}>
                  <Form.Item name="emergency" label={t('field.emergency')} valuePropName="checked" tooltip={t('intake.emergencyHint')}>
                    <Switch checkedChildren={t('emergency')} data-testid="intake-emergency" />
                  </Form.Item>
                </Col>
              </Row>
              {emergency && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={t('intake.emergencyAlert')} />}
              <Row gutter={12}>
                <Col span={kind === 'complaint' ? 16 : 24}>
                  <Form.Item name="photos" label={t('field.photos')} extra={t('intake.photosHint')}>
                    <Select mode="tags" open={false} tokenSeparators={[' ', ',', '\n']} maxCount={10} placeholder="https://…" />
                  </Form.Item>
                </Col>
                {kind === 'complaint' && (
                  <Col span={8}>
                    <Form.Item name="apologized" label={t('field.apology')} valuePropName="checked">
                      <Checkbox>{t('intake.apologized')}</Checkbox>
                    </Form.Item>
                  </Col>
                )}
              </Row>
              <div className="hy-sticky-actions">
                <Button
                  onClick={() => {
                    form.resetFields();
                    setLookupNote(null);
                  }}
                >
                  {t('common:action.reset')}
                </Button>
                <Button
                  icon={<MessageOutlined />}
                  onClick={() => setConsult({ answer: consult?.answer ?? '' })}
                  data-testid="intake-consultation"
                >
                  {t('intake.logConsultation')}
                </Button>
                <Button type="primary" icon={<SaveOutlined />} loading={create.isPending} onClick={submit} data-testid="intake-submit">
                  {t('intake.submit')}
                </Button>
              </div>
            </Form>
          </Card>
        </Col>
        <Col flex="340px">
          <KbPanel seed={content} onUse={useAnswer} />
        </Col>
      </Row>
      <Modal
        open={!!consult}
        title={t('intake.consultationTitle')}
        onCancel={() => setConsult(null)}
        onOk={logConsultation}
        okText={t('intake.logConsultationOk')}
        cancelText={t('common:action.cancel')}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'consultation-save' } as ButtonProps}
      >
        <Typography.Paragraph type="secondary">{t('intake.consultationHint')}</Typography.Paragraph>
        <Typography.Paragraph>
          <Typography.Text strong>{t('field.question')}：</Typography.Text>
          {content || <Typography.Text type="danger">{t('intake.contentRequired')}</Typography.Text>}
        </Typography.Paragraph>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            rows={4}
            maxLength={2000}
            placeholder={t('field.answer')}
            value={consult?.answer}
            onChange={(e) => setConsult((c) => ({ ...c, answer: e.target.value }))}
            data-testid="consultation-answer"
          />
          <Input
            maxLength={100}
            placeholder={t('field.topic')}
            value={consult?.topic}
            onChange={(e) => setConsult((c) => ({ answer: c?.answer ?? '', topic: e.target.value }))}
          />
        </Space>
      </Modal>
    </>
  );
}
