/** Phone lines and extensions per company; the month's usage fee typed in place. */
import { useRef, useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { PHONE_KINDS, money, toFen, toYuan, type PhoneLine } from '@hy/contracts';
import { ApiError } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { download } from '../../meetings/api';
import { useSession } from '../../../lib/session';
import { useOrganizations } from '../../places/api';
import { createLine, importPhoneUsage, parkingKeys, phoneTemplateUrl, phonesQuery, setUsage } from './api';

export function PhonesTab() {
  const { t } = useTranslation('feeParking');
  const { propertyId, can, me } = useSession();
  const fileInput = useRef<HTMLInputElement>(null);
  const [rowErrors, setRowErrors] = useState<string[] | null>(null);
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const q = useQuery(phonesQuery(propertyId, month));
  const orgs = useOrganizations(propertyId);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm();
  const manage = can('billing.manage');
  const add = useApiMutation({
    mutationFn: (v: { organizationId: string; number: string; kind: PhoneLine['kind']; rent: number }) =>
      createLine({
        propertyId: propertyId ?? '',
        organizationId: v.organizationId,
        number: v.number,
        kind: v.kind,
        monthlyRentFen: toFen(v.rent),
      }),
    invalidate: [parkingKeys.all],
    form,
    success: t('saved'),
    onSuccess: () => setAdding(false),
  });
  const usage = useApiMutation({ mutationFn: setUsage, invalidate: [parkingKeys.all], success: t('saved') });
  const importer = useApiMutation({
    mutationFn: importPhoneUsage,
    invalidate: [parkingKeys.all],
    success: (r) => t('imported', { n: r.saved }),
    onSuccess: () => setRowErrors(null),
    onError: (msg, err) =>
      setRowErrors(err instanceof ApiError && err.problem?.fields?.length ? err.problem.fields.map((f) => f.message) : [msg]),
  });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(v) => v && setMonth(v.format('YYYY-MM'))}
          aria-label={t('field.month')}
        />
        {manage && <Button onClick={() => setAdding(true)}>{t('addLine')}</Button>}
        <Button onClick={() => download(phoneTemplateUrl(propertyId, month), `phone-${month}.xlsx`)}>{t('template')}</Button>
        {manage && (
          <Button loading={importer.isPending} onClick={() => fileInput.current?.click()}>
            {t('import')}
          </Button>
        )}
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx"
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) importer.mutate({ propertyId, month, file, csrfToken: me?.csrfToken });
          }}
        />
      </Space>
      {rowErrors && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setRowErrors(null)}
          style={{ marginBottom: 12 }}
          message={t('importFailed')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {rowErrors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          }
        />
      )}
      <Table
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: true }}
        columns={[
          { title: t('field.organization'), dataIndex: 'organizationName' },
          { title: t('field.number'), dataIndex: 'number', width: 140 },
          { title: t('field.kind'), dataIndex: 'kind', width: 90, render: (k: string) => t(`kind.${k}`) },
          { title: t('field.rent'), dataIndex: 'monthlyRentFen', align: 'right', width: 110, render: (f: number) => money(f) },
          {
            title: t('field.usage'),
            dataIndex: 'usageFen',
            width: 150,
            render: (f: number | null, l: PhoneLine) =>
              manage ? (
                <InputNumber
                  key={`${l.id}-${month}-${f}`}
                  min={0}
                  precision={2}
                  defaultValue={f === null ? undefined : toYuan(f)}
                  onBlur={(e) => {
                    const v = e.target.value === '' ? null : Number(e.target.value);
                    if (v !== null && v >= 0 && toFen(v) !== f) usage.mutate({ id: l.id, month, usageFen: toFen(v) });
                  }}
                />
              ) : (
                money(f)
              ),
          },
        ]}
      />
      <Modal
        open={adding}
        title={t('addLine')}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
        confirmLoading={add.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => add.mutate(v)} initialValues={{ kind: 'line', rent: 25 }}>
          <Form.Item name="organizationId" label={t('field.organization')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
          <Form.Item name="number" label={t('field.number')} rules={[{ required: true }]}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="kind" label={t('field.kind')}>
            <Select options={PHONE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="rent" label={t('field.rent')} rules={[{ required: true }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
