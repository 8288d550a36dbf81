/** Parking spaces with who holds them; add a space, assign one for a period. */
import { useState } from 'react';
import { Button, DatePicker, Form, Input, InputNumber, Modal, Select, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { money, toFen, type ParkingSpace } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { useOrganizations } from '../../places/api';
import { assignSpace, createSpace, parkingKeys, spacesQuery } from './api';

export function ParkingTab() {
  const { t } = useTranslation('feeParking');
  const { propertyId, can } = useSession();
  const q = useQuery(spacesQuery(propertyId));
  const orgs = useOrganizations(propertyId);
  const [adding, setAdding] = useState(false);
  const [assigning, setAssigning] = useState<ParkingSpace | null>(null);
  const [addForm] = Form.useForm();
  const [assignForm] = Form.useForm();
  const add = useApiMutation({
    mutationFn: (v: { code: string; zone: string; fee: number }) =>
      createSpace({ propertyId: propertyId ?? '', code: v.code, zone: v.zone, monthlyFeeFen: toFen(v.fee) }),
    invalidate: [parkingKeys.all],
    form: addForm,
    success: t('saved'),
    onSuccess: () => setAdding(false),
  });
  const assign = useApiMutation({
    mutationFn: (v: { organizationId: string; fromDay: dayjs.Dayjs; toDay?: dayjs.Dayjs | null; plate?: string }) =>
      assignSpace({
        id: assigning!.id,
        input: {
          organizationId: v.organizationId,
          fromDay: v.fromDay.format('YYYY-MM-DD'),
          toDay: v.toDay ? v.toDay.format('YYYY-MM-DD') : null,
          plate: v.plate ?? null,
        },
      }),
    invalidate: [parkingKeys.all],
    form: assignForm,
    success: t('saved'),
    onSuccess: () => setAssigning(null),
  });
  const today = dayjs().format('YYYY-MM-DD');
  const manage = can('billing.manage');
  return (
    <>
      {manage && (
        <Button style={{ marginBottom: 12 }} onClick={() => setAdding(true)}>
          {t('addSpace')}
        </Button>
      )}
      <Table
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: true }}
        columns={[
          { title: t('field.code'), dataIndex: 'code', width: 90 },
          { title: t('field.zone'), dataIndex: 'zone', width: 70 },
          { title: t('field.fee'), dataIndex: 'monthlyFeeFen', align: 'right', width: 110, render: (f: number) => money(f) },
          {
            title: t('field.holder'),
            key: 'holder',
            render: (_: unknown, s: ParkingSpace) => {
              const a = s.assignments.find((x) => x.fromDay <= today && (!x.toDay || x.toDay >= today));
              return a ? `${a.organizationName}${a.plate ? `（${a.plate}）` : ''}` : <Tag>{t('free')}</Tag>;
            },
          },
          {
            title: t('field.history'),
            key: 'history',
            render: (_: unknown, s: ParkingSpace) =>
              s.assignments.map((a) => (
                <div key={a.id} style={{ fontSize: 12 }}>
                  {a.organizationName} {a.fromDay} – {a.toDay ?? t('open')}
                </div>
              )),
          },
          ...(manage
            ? [
                {
                  key: 'op',
                  width: 70,
                  render: (_: unknown, s: ParkingSpace) => (
                    <Button size="small" onClick={() => setAssigning(s)}>
                      {t('assign')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={adding}
        title={t('addSpace')}
        onCancel={() => setAdding(false)}
        onOk={() => addForm.submit()}
        confirmLoading={add.isPending}
        destroyOnHidden
      >
        <Form form={addForm} layout="vertical" onFinish={(v) => add.mutate(v)} initialValues={{ fee: 300 }}>
          <Form.Item name="code" label={t('field.code')} rules={[{ required: true }]}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="zone" label={t('field.zone')} rules={[{ required: true }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="fee" label={t('field.fee')} rules={[{ required: true }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!assigning}
        title={`${t('assign')} ${assigning?.code ?? ''}`}
        onCancel={() => setAssigning(null)}
        onOk={() => assignForm.submit()}
        confirmLoading={assign.isPending}
        destroyOnHidden
      >
        <Form form={assignForm} layout="vertical" onFinish={(v) => assign.mutate(v)} initialValues={{ fromDay: dayjs() }}>
          <Form.Item name="organizationId" label={t('field.organization')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
          <Form.Item name="fromDay" label={t('field.fromDay')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="toDay" label={t('field.toDay')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="plate" label={t('field.plate')}>
            <Input maxLength={20} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
