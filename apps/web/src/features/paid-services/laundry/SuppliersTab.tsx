import { useMemo, useState } from 'react';
import { Button, Card, Col, DatePicker, Empty, Form, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { PHONE_PATTERN, SUPPLIER_KINDS, type Supplier } from '@hy/contracts';
import { Confirm } from '../../../components/Confirm';
import { FormModal } from '../../../components/FormModal';
import { RowActions } from '../../../components/RowActions';
import { useDialogForm } from '../../../components/useDialogForm';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { createSupplier, laundryKeys, suppliersQuery, updateSupplier, type SupplierBody } from './api';

type Kind = 'laundry' | 'meals';
interface Draft {
  name: string;
  kind: Kind;
  contactName?: string;
  phone?: string;
  contractFrom?: Dayjs | null;
  contractTo?: Dayjs | null;
}

/** The laundry and catering suppliers (this page's kind first); the housekeeping supervisor registers, edits and deactivates them. */
export function SuppliersTab({ propertyId, kind }: { propertyId: string | null; kind: Kind }) {
  const { t } = useTranslation('laundry');
  const { can } = useSession();
  const manage = can('paidservices.manage');
  const q = useQuery(suppliersQuery(propertyId));
  const rows = [...(q.data?.data ?? [])].sort((a, b) => Number(b.kind === kind) - Number(a.kind === kind));
  const [editing, setEditing] = useState<Supplier | 'new' | null>(null);
  const phone = useIsPhone();
  const deactivate = useApiMutation<Supplier>({
    mutationFn: (s) => updateSupplier(s.id, { active: false }),
    invalidate: [laundryKeys.all],
    success: t('supplier.deactivated'),
  });
  const kindTag = (k: Kind) => <Tag color={k === 'laundry' ? 'blue' : 'orange'}>{t(`supplier.kinds.${k}`)}</Tag>;
  const contract = (s: Supplier) => (s.contractFrom || s.contractTo ? `${s.contractFrom ?? '…'} ~ ${s.contractTo ?? '…'}` : '—');
  const actions = (s: Supplier) => (
    <RowActions>
      <Button type="link" size="small" onClick={() => setEditing(s)}>
        {t('supplier.edit')}
      </Button>
      <Confirm title={t('supplier.deactivateAsk', { name: s.name })} onConfirm={() => deactivate.mutateAsync(s)}>
        <Button type="link" size="small" danger>
          {t('supplier.deactivate')}
        </Button>
      </Confirm>
    </RowActions>
  );
  return (
    <div data-testid={`${kind}-suppliers`}>
      {manage && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          style={{ marginBottom: 12, minHeight: 40 }}
          data-testid="supplier-new"
          onClick={() => setEditing('new')}
        >
          {t('supplier.add')}
        </Button>
      )}
      {phone ? (
        <div data-testid="supplier-table">
          {!q.isLoading && !rows.length && <Empty description={t('supplier.empty')} />}
          {rows.map((s) => (
            <Card key={s.id} size="small" style={{ marginBottom: 10 }}>
              <Space wrap size={6}>
                <Typography.Text strong>{s.name}</Typography.Text>
                {kindTag(s.kind)}
              </Space>
              <div style={{ marginTop: 4 }}>
                <Typography.Text type="secondary">
                  {[s.contactName, s.phone].filter(Boolean).join(' · ') || '—'}
                  {contract(s) !== '—' && ' · '}
                  {contract(s) !== '—' && <span style={{ whiteSpace: 'nowrap' }}>{`${t('supplier.contract')} ${contract(s)}`}</span>}
                </Typography.Text>
              </div>
              {manage && <div style={{ marginTop: 4 }}>{actions(s)}</div>}
            </Card>
          ))}
        </div>
      ) : (
        <Table
          size="small"
          rowKey="id"
          loading={q.isLoading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('supplier.empty') }}
          dataSource={rows}
          data-testid="supplier-table"
          columns={[
            { title: t('supplier.name'), dataIndex: 'name' },
            { title: t('supplier.kind'), dataIndex: 'kind', render: kindTag },
            { title: t('supplier.contactName'), dataIndex: 'contactName', render: (v: string | null) => v ?? '—' },
            { title: t('supplier.phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
            {
              title: t('supplier.contract'),
              key: 'contract',
              render: (_: unknown, s: Supplier) => contract(s),
            },
            ...(manage
              ? [
                  {
                    title: t('supplier.actions'),
                    key: 'actions',
                    render: (_: unknown, s: Supplier) => actions(s),
                  },
                ]
              : []),
          ]}
        />
      )}
      {propertyId && (
        <SupplierForm
          propertyId={propertyId}
          kind={kind}
          supplier={editing === 'new' ? null : editing}
          open={editing !== null}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}

function SupplierForm(props: { propertyId: string; kind: Kind; supplier: Supplier | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('laundry');
  const s = props.supplier;
  const initial = useMemo<Partial<Draft>>(
    () =>
      s
        ? {
            name: s.name,
            kind: s.kind,
            contactName: s.contactName ?? '',
            phone: s.phone ?? '',
            contractFrom: s.contractFrom ? dayjs(s.contractFrom) : null,
            contractTo: s.contractTo ? dayjs(s.contractTo) : null,
          }
        : { kind: props.kind },
    [s, props.kind],
  );
  const { form, error, setError } = useDialogForm<Draft>(props.open, initial);
  const save = useApiMutation<Draft>({
    mutationFn: (v) => {
      const body: SupplierBody = {
        name: v.name.trim(),
        contactName: v.contactName?.trim() || null,
        phone: v.phone?.trim() || null,
        contractFrom: v.contractFrom ? v.contractFrom.format('YYYY-MM-DD') : null,
        contractTo: v.contractTo ? v.contractTo.format('YYYY-MM-DD') : null,
      };
      return s ? updateSupplier(s.id, body) : createSupplier({ ...body, propertyId: props.propertyId, kind: v.kind });
    },
    invalidate: [laundryKeys.all],
    form,
    success: t('supplier.saved'),
    onSuccess: props.onClose,
    onError: setError,
  });
  return (
    <FormModal<Draft>
      open={props.open}
      onClose={props.onClose}
      title={s ? t('supplier.titleEdit') : t('supplier.titleNew')}
      width={560}
      form={form}
      name="supplier"
      saving={save.isPending}
      error={error}
      saveTestId="supplier-save"
      onFinish={(v) => {
        setError(null);
        save.mutate(v);
      }}
    >
      <Row gutter={12}>
        <Col xs={24} sm={16}>
          <Form.Item name="name" label={t('supplier.name')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="kind" label={t('supplier.kind')} rules={[{ required: true }]}>
            <Select disabled={!!s} options={SUPPLIER_KINDS.map((k) => ({ value: k, label: t(`supplier.kinds.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={12}>
          <Form.Item name="contactName" label={t('supplier.contactName')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={12}>
          <Form.Item name="phone" label={t('supplier.phone')} rules={[{ pattern: PHONE_PATTERN, message: t('supplier.badPhone') }]}>
            <Input maxLength={30} inputMode="tel" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={12}>
          <Form.Item name="contractFrom" label={t('supplier.contractFrom')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={12}>
          <Form.Item
            name="contractTo"
            label={t('supplier.contractTo')}
            dependencies={['contractFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, v: Dayjs | null) => {
                  const from = getFieldValue('contractFrom') as Dayjs | null;
                  return v && from && v.isBefore(from, 'day') ? Promise.reject(new Error(t('supplier.badOrder'))) : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
