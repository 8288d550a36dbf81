/** 《会议费用确认单》: the statement's lines and totals in 元 (from fen) with the actions its policies allow — issue, online confirmation or the paper signature, payments, the .xlsx export. */
import { useState } from 'react';
import { Button, Descriptions, Popconfirm, Space, Table, Typography } from 'antd';
import { CheckOutlined, DollarOutlined, FileExcelOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { money } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useConfirmStatement, useDownload, useIssueStatement, type FeeStatement } from '../api';
import { fmtAt } from '../labels';
import { FeeStatusTag } from './FeeStatusTag';
import { PayStatusTag } from './PayStatusTag';
import { PaperConfirmModal } from './PaperConfirmModal';
import { PaymentModal } from './PaymentModal';

export function FeeStatementView({ s, showMeeting = false }: { s: FeeStatement; showMeeting?: boolean }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const [paper, setPaper] = useState(false);
  const [pay, setPay] = useState(false);
  const issue = useIssueStatement({ success: t('fee.issued') });
  const confirm = useConfirmStatement({ success: t('fee.confirmed') });
  const download = useDownload();
  const staff = session.can('meetings.fees.manage');
  return (
    <div data-testid="fee-statement" data-number={s.number}>
      <div className="mt-fee-head">
        <Space size={8} wrap>
          <Typography.Text strong>
            {t('fee.form')} · {s.number}
          </Typography.Text>
          <FeeStatusTag status={s.status} />
          {s.status !== 'draft' && <PayStatusTag status={s.paymentStatus} />}
          {s.reminders > 0 && (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {t('fee.reminded', { count: s.reminders })}
            </Typography.Text>
          )}
        </Space>
        <Space wrap>
          {s.policies.issue && (
            <Popconfirm title={t('fee.issueConfirm')} onConfirm={() => issue.mutate(s.id)}>
              <Button type="primary" icon={<SendOutlined />} data-testid="fee-issue">
                {t('fee.issue')}
              </Button>
            </Popconfirm>
          )}
          {s.policies.confirm && !staff && (
            <Popconfirm title={t('fee.confirmOnline', { total: money(s.totalFen) })} onConfirm={() => confirm.mutate({ id: s.id })}>
              <Button type="primary" icon={<CheckOutlined />} data-testid="fee-confirm">
                {t('fee.confirm')}
              </Button>
            </Popconfirm>
          )}
          {s.policies.confirm && staff && (
            <Button icon={<CheckOutlined />} onClick={() => setPaper(true)} data-testid="fee-paper">
              {t('fee.paper')}
            </Button>
          )}
          {s.policies.pay && (
            <Button icon={<DollarOutlined />} onClick={() => setPay(true)} data-testid="fee-pay">
              {t('fee.recordPayment')}
            </Button>
          )}
          {staff && (
            <Button
              icon={<FileExcelOutlined />}
              onClick={() => download.mutate({ url: `/fee-statements/${s.id}/print?format=xlsx`, name: `${s.number}.xlsx` })}
            >
              {t('fee.xlsx')}
            </Button>
          )}
        </Space>
      </div>
      {showMeeting && (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          bordered
          style={{ marginBottom: 12 }}
          labelStyle={{ width: 100, whiteSpace: 'nowrap' }}
        >
          <Descriptions.Item label={t('field.meetingName')}>{s.meeting.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('field.organizer')}>{s.meeting.organizerUnit}</Descriptions.Item>
          <Descriptions.Item label={t('field.venue')}>{s.meeting.venue}</Descriptions.Item>
          <Descriptions.Item label={t('field.time')}>
            {fmtAt(s.meeting.startAt, tz, 'YYYY-MM-DD HH:mm')} — {fmtAt(s.meeting.endAt, tz, 'HH:mm')}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={s.lines}
        scroll={{ x: 720 }}
        bordered
        columns={[
          { title: t('fee.kind'), width: 130, render: (_, l) => t(`fee.kinds.${l.kind}`) },
          { title: t('fee.item'), dataIndex: 'name' },
          { title: t('fee.qty'), width: 90, align: 'right', render: (_, l) => `${l.qty} ${l.unit}` },
          { title: t('fee.unitPrice'), width: 110, align: 'right', render: (_, l) => money(l.unitFen) },
          { title: t('fee.amount'), width: 120, align: 'right', render: (_, l) => <strong>{money(l.amountFen)}</strong> },
          { title: t('fee.invoiceRef'), width: 130, render: (_, l) => l.invoiceRef ?? '' },
        ]}
        summary={() => (
          <>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={4} align="right">
                <strong>{t('fee.total')}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                <strong data-testid="fee-total">{money(s.totalFen)}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} />
            </Table.Summary.Row>
            {s.status !== 'draft' && (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={4} align="right">
                  {t('fee.paid')} / {t('fee.due')}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {money(s.paidFen)} / <Typography.Text type={s.dueFen > 0 ? 'danger' : 'success'}>{money(s.dueFen)}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} />
              </Table.Summary.Row>
            )}
          </>
        )}
      />
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('fee.invoiceRefs')}>{s.invoiceRefs.length ? s.invoiceRefs.join('、') : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fee.issuedAt')}>{fmtAt(s.issuedAt, tz, 'YYYY-MM-DD HH:mm')}</Descriptions.Item>
        <Descriptions.Item label={t('fee.signature')}>
          {s.signerName ? (
            `${s.signerName}（${t(`fee.via.${s.confirmedVia ?? 'online'}`)}）${fmtAt(s.confirmedAt, tz, 'YYYY-MM-DD HH:mm')}`
          ) : (
            <Typography.Text type="secondary">{t('fee.notConfirmed')}</Typography.Text>
          )}
        </Descriptions.Item>
        {s.note && <Descriptions.Item label={t('fee.note')}>{s.note}</Descriptions.Item>}
      </Descriptions>
      {s.payments.length > 0 && (
        <>
          <Typography.Text strong>{t('fee.payments')}</Typography.Text>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={s.payments}
            style={{ marginTop: 6 }}
            columns={[
              { title: t('fee.paidAt'), render: (_, p) => fmtAt(p.paidAt, tz, 'YYYY-MM-DD HH:mm') },
              { title: t('fee.amount'), align: 'right', render: (_, p) => money(p.amountFen) },
              { title: t('fee.method'), render: (_, p) => p.method ?? '—' },
              { title: t('fee.reference'), render: (_, p) => p.reference ?? '—' },
            ]}
          />
        </>
      )}
      <PaperConfirmModal statementId={s.id} open={paper} onClose={() => setPaper(false)} />
      <PaymentModal s={s} open={pay} onClose={() => setPay(false)} />
    </div>
  );
}
