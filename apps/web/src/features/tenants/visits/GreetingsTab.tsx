/** Holiday greetings: the year's five occasions from the work calendar, each with its plan (make one, open it). */
import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Modal, Progress, Select, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { GreetingGiftKind, GreetingOccasion } from '@hy/contracts';
import { GREETING_GIFT_KINDS } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { createGreetingPlan, occasionsQuery, visitKeys } from './api';
import { GreetingPlanDrawer } from './GreetingPlanDrawer';

interface MakeValues {
  giftKind: GreetingGiftKind;
  gift?: string;
  giverName?: string;
  note?: string;
}

export function GreetingsTab() {
  const { t } = useTranslation('tenantVisits');
  const { propertyId } = useSession();
  const [year, setYear] = useState(dayjs().month() === 11 ? dayjs().year() + 1 : dayjs().year());
  const [making, setMaking] = useState<GreetingOccasion | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const [form] = Form.useForm<MakeValues>();
  const q = useQuery(occasionsQuery(propertyId, year));
  const make = useApiMutation({
    mutationFn: (v: MakeValues) => createGreetingPlan({ propertyId, occasion: making!, year, ...v }),
    form,
    invalidate: [visitKeys.all],
    success: t('greetings.created'),
    onSuccess: (p) => {
      setMaking(null);
      setOpened(p.id);
    },
  });
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text>{t('greetings.year')}</Typography.Text>
        <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} data-testid="greetings-year" />
      </Space>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 8 }} data-testid="occasions">
        {(q.data?.data ?? []).map((o) => (
          <Card key={o.occasion} size="small" title={t(`greetings.occasion.${o.occasion}`)} data-testid={`occasion-${o.occasion}`}>
            <div>
              {t('greetings.date')}
              {t('colon')}
              {o.date}
            </div>
            <div>
              {t('greetings.holiday')}
              {t('colon')}
              {o.holidayFrom ? (
                `${o.holidayFrom} – ${o.holidayTo}`
              ) : (
                <Tag>{o.occasion === 'christmas' ? t('greetings.noHoliday') : t('greetings.holidayUnknown')}</Tag>
              )}
            </div>
            <div>
              {t('greetings.deliverBy')}
              {t('colon')}
              <Typography.Text strong>{o.deliverBy}</Typography.Text>
            </div>
            <div style={{ marginTop: 8 }}>
              {o.planId ? (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Progress
                    percent={o.items ? Math.round((o.done / o.items) * 100) : 0}
                    size="small"
                    format={() => t('greetings.progress', { done: o.done, items: o.items })}
                  />
                  <Button onClick={() => setOpened(o.planId)} data-testid={`plan-view-${o.occasion}`}>
                    {t('greetings.view')}
                  </Button>
                </Space>
              ) : (
                <Space direction="vertical">
                  <Typography.Text type="secondary">{t('greetings.notPlanned')}</Typography.Text>
                  <Button
                    type="primary"
                    onClick={() => (form.resetFields(), setMaking(o.occasion))}
                    data-testid={`plan-make-${o.occasion}`}
                  >
                    {t('greetings.make')}
                  </Button>
                </Space>
              )}
            </div>
          </Card>
        ))}
      </div>
      <Modal
        open={!!making}
        title={making ? t('greetings.makeTitle', { occasion: t(`greetings.occasion.${making}`) }) : ''}
        onCancel={() => setMaking(null)}
        onOk={() => form.submit()}
        okText={t('greetings.save')}
        cancelText={t('greetings.cancel')}
        confirmLoading={make.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ giftKind: 'card' }} onFinish={(v) => make.mutate(v)}>
          <Form.Item name="giftKind" label={t('greetings.defaultKind')}>
            <Select options={GREETING_GIFT_KINDS.map((k) => ({ value: k, label: t(`greetings.giftKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="gift" label={t('greetings.gift')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="giverName" label={t('greetings.giver')}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name="note" label={t('greetings.note')}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
        </Form>
      </Modal>
      <GreetingPlanDrawer id={opened} onClose={() => setOpened(null)} />
    </>
  );
}
