/** 用户档案存档: the register of a month with borrowing through the secretary, and the loans (overdue first). */
import { useState } from 'react';
import {
  Button,
  Checkbox,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { FileExcelOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { ARCHIVE_CATEGORIES, type ArchiveEntry, type ArchiveLoan } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useDateTime } from '../../../lib/format';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { tenantListQuery } from '../files/api';
import { archiveKeys, cancelEntry, fileEntry, lendEntry, loansQuery, registerExportUrl, registerQuery, returnLoan } from './api';

export default function ArchivePage() {
  const { t } = useTranslation('tenantArchive');
  const { propertyId, can } = useSession();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const [month, setMonth] = useState<string | null>(dayjs().format('YYYY-MM'));
  const [filing, setFiling] = useState(false);
  const [lending, setLending] = useState<ArchiveEntry | null>(null);
  const [returning, setReturning] = useState<ArchiveLoan | null>(null);
  const reg = useQuery(registerQuery(propertyId, month));
  const secretary = can('tenants.archive');
  const cancel = useApiMutation({ mutationFn: cancelEntry, invalidate: [archiveKeys.all], success: t('cancel.done') });
  const ret = reg.data?.retention;
  return (
    <>
      <PageHeader
        title={t('nav.title')}
        extra={
          <Space wrap>
            <Button icon={<PrinterOutlined />} onClick={() => navigate(`/tenants/archive/print${month ? `?month=${month}` : ''}`)}>
              {t('print')}
            </Button>
            {!phone && (
              <Button icon={<FileExcelOutlined />} href={registerExportUrl(propertyId, month)}>
                {t('export')}
              </Button>
            )}
            {secretary && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setFiling(true)} data-testid="archive-file">
                {t('file.open')}
              </Button>
            )}
          </Space>
        }
      />
      {!phone && ret && (
        <Typography.Paragraph type="secondary">{t('subtitle', { years: ret.binderYears, days: ret.loanDays })}</Typography.Paragraph>
      )}
      <Tabs
        items={[
          {
            key: 'register',
            label: t('tabs.register'),
            children: (
              <>
                <Space wrap style={{ marginBottom: 12 }}>
                  <DatePicker
                    picker="month"
                    value={month ? dayjs(`${month}-01`) : null}
                    placeholder={t('allMonths')}
                    onChange={(v) => setMonth(v ? v.format('YYYY-MM') : null)}
                  />
                </Space>
                <Table<ArchiveEntry>
                  rowKey="id"
                  size="small"
                  loading={reg.isLoading}
                  dataSource={reg.data?.data ?? []}
                  pagination={false}
                  scroll={{ x: 980 }}
                  locale={{ emptyText: t('empty') }}
                  columns={[
                    { title: t('col.fileNo'), dataIndex: 'fileNo', width: 130 },
                    {
                      title: t('col.title'),
                      key: 'title',
                      render: (_, e) => (
                        <span
                          style={e.cancelledAt ? { textDecoration: 'line-through', color: '#999' } : undefined}
                          data-testid="entry-title"
                        >
                          {e.title}
                        </span>
                      ),
                    },
                    { title: t('col.pages'), dataIndex: 'pages', width: 60 },
                    { title: t('col.filedOn'), dataIndex: 'filedOn', width: 105 },
                    { title: t('col.filedBy'), dataIndex: 'filedByName', width: 80 },
                    { title: t('col.category'), key: 'c', width: 90, render: (_, e) => t(`category.${e.category}`) },
                    {
                      title: t('col.loan'),
                      key: 'loan',
                      width: 150,
                      render: (_, e) =>
                        e.cancelledAt ? (
                          <Tag>{t('cancelled')}</Tag>
                        ) : e.loan ? (
                          <Space direction="vertical" size={0}>
                            <Tag color={e.loan.overdue ? 'red' : 'orange'} data-testid="entry-out">
                              {e.loan.overdue ? t('overdue', { days: e.loan.daysOverdue }) : t('out')}
                            </Tag>
                            <span style={{ fontSize: 12 }}>
                              {e.loan.borrowerName} → {e.loan.dueOn}
                            </span>
                          </Space>
                        ) : e.toBind ? (
                          <Tag color="purple">{t('toBind')}</Tag>
                        ) : null,
                    },
                    ...(secretary
                      ? [
                          {
                            title: '',
                            key: 'act',
                            width: 150,
                            render: (_: unknown, e: ArchiveEntry) =>
                              e.cancelledAt ? null : (
                                <Space>
                                  {e.loan ? (
                                    <Button size="small" onClick={() => setReturning(e.loan)} data-testid="entry-return">
                                      {t('back.open')}
                                    </Button>
                                  ) : (
                                    <Button size="small" onClick={() => setLending(e)} data-testid="entry-lend">
                                      {t('lend.open')}
                                    </Button>
                                  )}
                                  {!e.loan && (
                                    <Popconfirm title={t('cancel.confirm')} onConfirm={() => cancel.mutate(e.id)}>
                                      <Button size="small" danger>
                                        {t('cancel.open')}
                                      </Button>
                                    </Popconfirm>
                                  )}
                                </Space>
                              ),
                          },
                        ]
                      : []),
                  ]}
                />
              </>
            ),
          },
          ...(secretary ? [{ key: 'loans', label: t('tabs.loans'), children: <Loans onReturn={setReturning} /> }] : []),
        ]}
      />
      <Drawer open={filing} onClose={() => setFiling(false)} width={phone ? '100%' : 520} title={t('file.title')} destroyOnClose>
        <FileForm onDone={() => setFiling(false)} />
      </Drawer>
      <Drawer open={!!lending} onClose={() => setLending(null)} width={phone ? '100%' : 420} title={t('lend.title')} destroyOnClose>
        {lending && <LendForm entry={lending} onDone={() => setLending(null)} />}
      </Drawer>
      <Drawer open={!!returning} onClose={() => setReturning(null)} width={phone ? '100%' : 420} title={t('back.open')} destroyOnClose>
        {returning && <ReturnForm loan={returning} onDone={() => setReturning(null)} />}
      </Drawer>
    </>
  );
}

function Loans({ onReturn }: { onReturn: (l: ArchiveLoan) => void }) {
  const { t } = useTranslation('tenantArchive');
  const { propertyId } = useSession();
  const when = useDateTime();
  const [overdue, setOverdue] = useState(false);
  const q = useQuery(loansQuery(propertyId, overdue));
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Switch checked={overdue} onChange={setOverdue} data-testid="loans-overdue" /> {t('overdueOnly')}
      </Space>
      <Table<ArchiveLoan>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.data ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('empty') }}
        columns={[
          { title: t('col.fileNo'), dataIndex: 'fileNo', width: 130 },
          { title: t('col.title'), dataIndex: 'title' },
          {
            title: t('col.borrower'),
            key: 'b',
            width: 120,
            render: (_, l) => `${l.borrowerName}${l.borrowerDept ? ` (${l.borrowerDept})` : ''}`,
          },
          { title: t('col.lentAt'), key: 'lent', width: 140, render: (_, l) => when(l.lentAt) },
          {
            title: t('col.dueOn'),
            key: 'due',
            width: 150,
            render: (_, l) => (
              <Space>
                {l.dueOn}
                {l.overdue && <Tag color="red">{t('overdue', { days: l.daysOverdue })}</Tag>}
              </Space>
            ),
          },
          {
            title: t('col.returnedAt'),
            key: 'ret',
            width: 170,
            render: (_, l) =>
              l.returnedAt ? (
                `${when(l.returnedAt)} ${l.checkedByName ?? ''}`
              ) : (
                <Button size="small" onClick={() => onReturn(l)}>
                  {t('back.open')}
                </Button>
              ),
          },
          { title: t('col.copy'), key: 'copy', width: 70, render: (_, l) => (l.copyTaken ? t('yes') : t('no')) },
        ]}
      />
    </>
  );
}

function FileForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('tenantArchive');
  const { propertyId } = useSession();
  const tenants = useQuery(tenantListQuery(propertyId));
  const [form] = Form.useForm<{
    organizationId?: string;
    fileNo?: string;
    title: string;
    category: string;
    pages: number;
    filedOn: Dayjs;
  }>();
  const save = useApiMutation({ mutationFn: fileEntry, form, invalidate: [archiveKeys.all], success: t('file.done'), onSuccess: onDone });
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ filedOn: dayjs(), category: 'other', pages: 1 }}
      onFinish={(v) =>
        save.mutate({
          propertyId: propertyId!,
          organizationId: v.organizationId ?? null,
          ...(v.fileNo ? { fileNo: v.fileNo } : {}),
          title: v.title,
          category: v.category as ArchiveEntry['category'],
          pages: v.pages,
          filedOn: v.filedOn.format('YYYY-MM-DD'),
        })
      }
    >
      <Form.Item name="organizationId" label={t('file.tenant')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          options={(tenants.data?.data ?? []).map((o) => ({ value: o.organizationId, label: o.name }))}
        />
      </Form.Item>
      <Form.Item name="fileNo" label={t('file.fileNo')}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="title" label={t('col.title')} rules={[{ required: true }]}>
        <Input.TextArea rows={2} maxLength={300} data-testid="file-title" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="category" label={t('col.category')}>
          <Select style={{ width: 140 }} options={ARCHIVE_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
        </Form.Item>
        <Form.Item name="pages" label={t('col.pages')} rules={[{ required: true }]}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
        <Form.Item name="filedOn" label={t('col.filedOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </Space>
      <Button type="primary" htmlType="submit" block loading={save.isPending} data-testid="file-save">
        {t('file.save')}
      </Button>
    </Form>
  );
}

function LendForm({ entry, onDone }: { entry: ArchiveEntry; onDone: () => void }) {
  const { t } = useTranslation('tenantArchive');
  const [form] = Form.useForm<{ borrowerName: string; borrowerDept?: string; purpose?: string }>();
  const save = useApiMutation({ mutationFn: lendEntry, form, invalidate: [archiveKeys.all], success: t('lend.done'), onSuccess: onDone });
  return (
    <Form form={form} layout="vertical" onFinish={(v) => save.mutate({ id: entry.id, ...v })}>
      <Typography.Paragraph>
        {entry.fileNo} · {entry.title}
      </Typography.Paragraph>
      <Form.Item name="borrowerName" label={t('lend.borrower')} rules={[{ required: true }]}>
        <Input maxLength={50} data-testid="lend-borrower" />
      </Form.Item>
      <Form.Item name="borrowerDept" label={t('lend.dept')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="purpose" label={t('lend.purpose')}>
        <Input maxLength={300} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={save.isPending} data-testid="lend-save">
        {t('lend.save')}
      </Button>
    </Form>
  );
}

function ReturnForm({ loan, onDone }: { loan: ArchiveLoan; onDone: () => void }) {
  const { t } = useTranslation('tenantArchive');
  const [form] = Form.useForm<{ copyTaken: boolean; note?: string }>();
  const save = useApiMutation({ mutationFn: returnLoan, form, invalidate: [archiveKeys.all], success: t('back.done'), onSuccess: onDone });
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ copyTaken: true }}
      onFinish={(v) => save.mutate({ id: loan.id, copyTaken: v.copyTaken, note: v.note })}
    >
      <Typography.Paragraph>
        {loan.fileNo} · {loan.title} · {loan.borrowerName}
      </Typography.Paragraph>
      <Form.Item name="copyTaken" valuePropName="checked">
        <Checkbox>{t('back.copyTaken')}</Checkbox>
      </Form.Item>
      <Form.Item name="note" label={t('back.note')}>
        <Input maxLength={300} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={save.isPending} data-testid="return-save">
        {t('back.save')}
      </Button>
    </Form>
  );
}
