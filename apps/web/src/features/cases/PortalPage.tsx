/** 业户服务: a tenant reports a repair or complaint for their own unit, follows it, signs the work order and rates the result. */
import { useState } from 'react';
import { Button, Card, Col, Empty, Form, Input, List, Radio, Row, Select, Space, Spin, Tag, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useLive } from '../../lib/live';
import { useSession } from '../../lib/session';
import { CASE_LIVE_TOPICS, caseKeys, createCase, portalCasesQuery, useCaseWrite } from './api';
import { useCaseLabels } from './labels';
import { CaseStatusTag } from './status/CaseStatusTag';
import { FaqCard } from './portal/FaqCard';
import { PortalCaseDrawer } from './portal/PortalCaseDrawer';

export default function PortalPage() {
  const { t } = useTranslation(['cases', 'common']);
  const L = useCaseLabels();
  const { propertyId, me, can } = useSession();
  const [form] = Form.useForm();
  const [openId, setOpenId] = useState<string | null>(null);
  useLive(CASE_LIVE_TOPICS, [caseKeys.all], propertyId);

  const mine = useQuery(portalCasesQuery(propertyId));

  const write = useCaseWrite(createCase, {
    form,
    success: (c) => t('portal.submitted', { number: c.number }),
    onSuccess: (c) => {
      form.resetFields();
      setOpenId(c.id);
    },
  });
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    write.mutate({
      propertyId,
      kind: v.kind,
      channel: 'tenant_portal',
      location: v.location || null,
      content: v.content,
      contactPhone: v.contactPhone || null,
      photos: v.photos ?? [],
    });
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
              <Button type="primary" block icon={<SendOutlined />} loading={write.isPending} onClick={submit} data-testid="portal-submit">
                {t('portal.submit')}
              </Button>
            </Form>
          </Card>
          {can('kb.faq') && <FaqCard />}
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
      <PortalCaseDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
