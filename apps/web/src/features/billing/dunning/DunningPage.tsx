/** /billing/dunning — overdue notices with each company's dunning steps; record the letter, the visit, the follow-up; the monthly review. */
import { useState } from 'react';
import { Button, Card, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { DunningRow, DunningStepView } from '@hy/contracts';
import { money } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { payKeys } from '../notices/api';
import { dunningQuery, recordStep } from './api';
import { ReviewCard } from './ReviewCard';

export default function DunningPage() {
  const { t } = useTranslation('billingDunning');
  const { propertyId } = useSession();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const q = useQuery(dunningQuery(propertyId));
  const [rec, setRec] = useState<{ row: DunningRow; step: DunningStepView } | null>(null);
  const [outcome, setOutcome] = useState('');
  const save = useApiMutation({
    mutationFn: (v: { id: string; outcome: string }) => recordStep(v),
    invalidate: [payKeys.all],
    success: t('recorded'),
    onSuccess: () => {
      setRec(null);
      setOutcome('');
    },
  });
  const stepTag = (row: DunningRow, s: DunningStepView) => (
    <Space key={s.id} size={4} style={{ marginBottom: 4 }} data-testid={`step-${s.step}`}>
      <Tag color={s.doneAt ? 'green' : s.firedAt ? 'volcano' : 'default'}>
        {t(`step.${s.step}`)} · {s.doneAt ? t('done') : s.firedAt ? t('fired') : t('pending', { day: s.dueOn })}
      </Tag>
      {s.firedAt && !s.doneAt && s.step !== 'reminder' && (
        <Button size="small" onClick={() => setRec({ row, step: s })} data-testid={`record-${s.step}`}>
          {t('record')}
        </Button>
      )}
    </Space>
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card title={t('title')}>
        <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
        <Table<DunningRow>
          size="small"
          rowKey="noticeId"
          loading={q.isLoading}
          dataSource={q.data?.data ?? []}
          locale={{ emptyText: t('empty') }}
          pagination={false}
          data-testid="dunning-table"
          columns={[
            {
              title: t('col.company'),
              dataIndex: 'organizationName',
              render: (v: string, r) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{v}</Typography.Text>
                  <Typography.Link onClick={() => navigate(`/billing/notices/${r.noticeId}`)}>{r.noticeNumber}</Typography.Link>
                  {phone && (
                    <Typography.Text type="danger">
                      {money(r.outstandingFen)} · {t('days', { n: r.daysPastDue })}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            ...(phone
              ? []
              : [
                  { title: t('col.outstanding'), dataIndex: 'outstandingFen', align: 'right' as const, render: (v: number) => money(v) },
                  { title: t('col.overdue'), dataIndex: 'daysPastDue', width: 80, render: (v: number) => t('days', { n: v }) },
                ]),
            {
              title: t('col.steps'),
              key: 'steps',
              render: (_: unknown, r) => (
                <Space direction="vertical" size={0}>
                  {r.steps.map((s) => stepTag(r, s))}
                  {r.steps.some((s) => s.step === 'notice' && s.firedAt) && (
                    <Button
                      size="small"
                      type="link"
                      icon={<PrinterOutlined />}
                      onClick={() => navigate(`/billing/dunning/${r.noticeId}/letter`)}
                    >
                      {t('printLetter')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <ReviewCard />
      <Modal
        open={!!rec}
        title={rec ? t('recordTitle', { step: t(`step.${rec.step.step}`), company: rec.row.organizationName }) : ''}
        okButtonProps={{ disabled: !outcome.trim() }}
        confirmLoading={save.isPending}
        onOk={() => rec && save.mutate({ id: rec.step.id, outcome: outcome.trim() })}
        onCancel={() => setRec(null)}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          value={outcome}
          onChange={(e) => setOutcome(e.target.value)}
          placeholder={rec && rec.step.step !== 'reminder' ? t(`outcomeHint.${rec.step.step}`) : ''}
          data-testid="dunning-outcome"
        />
      </Modal>
    </Space>
  );
}
