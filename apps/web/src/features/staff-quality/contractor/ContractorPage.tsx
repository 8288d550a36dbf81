/**
 * 外委保洁考评: the month's evaluation — the hygiene averages per level and the patrol figures, the score and
 * rating, the deduction rule and the payment (¥ and in capitals) — saved as a draft, confirmed by the manager
 * and then locked; printed; and the year's review for the re-tender.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { CheckOutlined, PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { rmbInWords, type ContractorRating } from '@hy/contracts';
import { Confirm } from '../../../components/Confirm';
import { PageHeader } from '../../../components/PageHeader';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { confirmContractor, contractorKeys, contractorMonthQuery, contractorReviewQuery, saveContractor } from './api';
import { ContractorPrint } from './ContractorPrint';
import { yuan } from './money';
import '../quality.css';

const RATING_COLOR: Record<ContractorRating, string> = { excellent: 'green', good: 'blue', pass: 'gold', fail: 'red' };
interface Terms {
  contractorName: string;
  amountYuan: number;
  fullPayScore: number;
  deductPct: number;
  remarks?: string | null;
}

export default function ContractorPage() {
  const { t } = useTranslation('contractor');
  const { propertyId } = useSession();
  const phone = useIsPhone();
  const [month, setMonth] = useState(dayjs().subtract(1, 'month').format('YYYY-MM'));
  const e = useQuery(contractorMonthQuery(propertyId, month)).data;
  const review = useQuery(contractorReviewQuery(propertyId, Number(month.slice(0, 4)))).data;
  const [form] = Form.useForm<Terms>();
  useEffect(() => {
    if (e)
      form.setFieldsValue({
        contractorName: e.contractorName,
        amountYuan: e.contractAmountFen / 100,
        fullPayScore: e.fullPayScore,
        deductPct: e.deductBpPerPoint / 100,
        remarks: e.remarks,
      });
  }, [e, form]);
  const save = useApiMutation({
    mutationFn: saveContractor,
    form,
    invalidate: [contractorKeys.all],
    success: t('saved'),
  });
  const confirm = useApiMutation({ mutationFn: confirmContractor, invalidate: [contractorKeys.all], success: t('confirmed') });
  const locked = e?.state === 'confirmed';
  return (
    <>
      <PageHeader
        title={t('nav.title')}
        extra={
          <DatePicker
            picker="month"
            value={dayjs(`${month}-01`)}
            onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
            disabledDate={(d) => d.isAfter(dayjs(), 'month')}
            allowClear={false}
            inputReadOnly
            data-testid="contractor-month"
          />
        }
      />
      {!phone && <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>}
      {e && (
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: phone || !e.policies.save ? '1fr' : 'minmax(0, 7fr) minmax(0, 5fr)',
            gap: 16,
            alignItems: 'start',
          }}
        >
          <Card
            size="small"
            title={
              <Space wrap>
                {t('card', { month: e.month })}
                <Tag color={locked ? 'green' : e.state === 'draft' ? 'blue' : 'default'} data-testid="contractor-state">
                  {t(`state.${e.state}`)}
                </Tag>
              </Space>
            }
            extra={
              <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="contractor-print-button">
                {t('print.button')}
              </Button>
            }
            data-testid="contractor-card"
          >
            <Descriptions size="small" column={phone ? 1 : 3} bordered>
              <Descriptions.Item label={t('f.teamAvg')}>{e.teamAvg ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('f.areaAvg')}>{e.areaAvg ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('f.departmentAvg')}>{e.departmentAvg ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('f.findings')}>{e.findings}</Descriptions.Item>
              <Descriptions.Item label={t('f.failedReinspections')}>{e.failedReinspections}</Descriptions.Item>
              <Descriptions.Item label={t('f.openFindings')}>{e.openFindings}</Descriptions.Item>
              <Descriptions.Item label={t('f.score')}>
                <b data-testid="contractor-score">{e.score.toFixed(1)}</b>
              </Descriptions.Item>
              <Descriptions.Item label={t('f.rating')} span={2}>
                <Tag color={RATING_COLOR[e.rating]}>{t(`rating.${e.rating}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('f.rule')} span={3}>
                {t('rule', { full: e.fullPayScore, pct: (e.deductBpPerPoint / 100).toFixed(2) })}
              </Descriptions.Item>
              <Descriptions.Item label={t('f.amount')}>{yuan(e.contractAmountFen)}</Descriptions.Item>
              <Descriptions.Item label={t('f.deduction')}>{yuan(e.deductionFen)}</Descriptions.Item>
              <Descriptions.Item label={t('f.payment')}>
                <b data-testid="contractor-payment">{yuan(e.paymentFen)}</b>
              </Descriptions.Item>
              <Descriptions.Item label={t('f.capital')} span={3}>
                {rmbInWords(e.paymentFen)}
              </Descriptions.Item>
            </Descriptions>
            <div className="sq-sub" style={{ marginTop: 8 }}>
              {t('formula')}
            </div>
            {e.preparedByName && (
              <div className="sq-sub">
                {t('prepared', { name: e.preparedByName, at: dayjs(e.preparedAt).format('YYYY-MM-DD HH:mm') })}
                {e.confirmedByName &&
                  ` · ${t('confirmedBy', { name: e.confirmedByName, at: dayjs(e.confirmedAt).format('YYYY-MM-DD HH:mm') })}`}
              </div>
            )}
            {locked && <Alert style={{ marginTop: 8 }} type="success" showIcon message={t('locked')} />}
            {e.policies.confirm && (
              <Confirm title={t('confirmAsk')} onConfirm={() => confirm.mutate({ id: e.id! })}>
                <Button
                  type="primary"
                  icon={<CheckOutlined />}
                  style={{ marginTop: 12, minHeight: 40 }}
                  loading={confirm.isPending}
                  data-testid="contractor-confirm"
                >
                  {t('confirm')}
                </Button>
              </Confirm>
            )}
            {e.state === 'draft' && !e.policies.confirm && e.policies.save && (
              <div className="sq-sub" style={{ marginTop: 8 }}>
                {t('openMonth')}
              </div>
            )}
          </Card>
          {e.policies.save && (
            <Card size="small" title={t('terms')} data-testid="contractor-terms">
              <Form<Terms>
                form={form}
                layout="vertical"
                onFinish={(v) =>
                  save.mutate({
                    propertyId,
                    month,
                    contractorName: v.contractorName,
                    contractAmountFen: Math.round(v.amountYuan * 100),
                    fullPayScore: v.fullPayScore,
                    deductBpPerPoint: Math.round(v.deductPct * 100),
                    remarks: v.remarks || null,
                  })
                }
              >
                <Form.Item name="contractorName" label={t('f.contractor')} rules={[{ required: true }]}>
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item name="amountYuan" label={t('f.amountYuan')} rules={[{ required: true }]}>
                  <InputNumber min={0} precision={2} style={{ width: '100%' }} prefix="¥" />
                </Form.Item>
                <Space.Compact block>
                  <Form.Item name="fullPayScore" label={t('f.fullPayScore')} rules={[{ required: true }]} style={{ flex: 1 }}>
                    <InputNumber min={0} max={100} style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item name="deductPct" label={t('f.deductPct')} rules={[{ required: true }]} style={{ flex: 1 }}>
                    <InputNumber min={0} max={100} precision={2} style={{ width: '100%' }} suffix="%" />
                  </Form.Item>
                </Space.Compact>
                <Form.Item name="remarks" label={t('f.remarks')}>
                  <Input.TextArea rows={2} maxLength={1000} />
                </Form.Item>
                <Button htmlType="submit" icon={<SaveOutlined />} loading={save.isPending} data-testid="contractor-save">
                  {e.state === 'proposal' ? t('saveDraft') : t('refresh')}
                </Button>
              </Form>
            </Card>
          )}
        </div>
      )}
      {review && (
        <Card size="small" title={t('review.title', { year: review.year })} style={{ marginTop: 16 }} data-testid="contractor-review">
          <Typography.Paragraph>
            {t('review.summary', {
              months: review.confirmedMonths,
              avg: review.averageScore?.toFixed(1) ?? '—',
              fails: review.failMonths,
              paid: yuan(review.totalPaymentFen),
              deducted: yuan(review.totalDeductionFen),
            })}
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey="month"
            pagination={false}
            scroll={{ x: 480 }}
            dataSource={review.months}
            columns={[
              { title: t('f.month'), dataIndex: 'month' },
              { title: t('review.state'), dataIndex: 'state', render: (s: string) => t(`review.states.${s}`) },
              { title: t('f.score'), dataIndex: 'score', render: (s: number | null) => (s === null ? '—' : s.toFixed(1)) },
              {
                title: t('f.rating'),
                dataIndex: 'rating',
                render: (r: ContractorRating | null) => (r ? <Tag color={RATING_COLOR[r]}>{t(`rating.${r}`)}</Tag> : '—'),
              },
              { title: t('f.payment'), dataIndex: 'paymentFen', render: (f: number | null) => (f === null ? '—' : yuan(f)) },
            ]}
          />
        </Card>
      )}
      {e && <ContractorPrint e={e} />}
    </>
  );
}
