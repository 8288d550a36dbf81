import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Form, Input, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { money, toFen, type MealMenu } from '@hy/contracts';
import { useDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { mealKeys, menusQuery, publishMenu } from './api';
import { addDays } from './week';

/** This week's (and next week's) menu; the CS supervisor publishes next week's, agreed with the caterer on Friday. */
export function MenuTab({ propertyId, weekStart }: { propertyId: string | null; weekStart: string }) {
  const { t } = useTranslation('meals');
  const { can } = useSession();
  const when = useDateTime();
  const menus = useQuery(menusQuery(propertyId)).data?.data ?? [];
  const shown = [menus.find((m) => m.weekStart === addDays(weekStart, 7)), menus.find((m) => m.weekStart === weekStart)].filter(
    (m): m is MealMenu => !!m,
  );
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ weekStart: dayjs.Dayjs; dishes: { day: number; dish: string; price: number }[] }>();
  const m = useApiMutation<{ weekStart: dayjs.Dayjs; dishes: { day: number; dish: string; price: number }[] }>({
    mutationFn: (v) =>
      publishMenu({
        propertyId: propertyId!,
        weekStart: v.weekStart.format('YYYY-MM-DD'),
        dishes: v.dishes.map((d) => ({ day: d.day, dish: d.dish, priceFen: toFen(d.price) })),
      }),
    invalidate: [mealKeys.all],
    success: t('done.menu'),
    onSuccess: () => setOpen(false),
    form,
  });
  const weekday = t('weekday', { returnObjects: true }) as string[];
  return (
    <div data-testid="meal-menus">
      {can('paidservices.manage') && (
        <Button
          type="primary"
          style={{ minHeight: 40, marginBottom: 12 }}
          onClick={() => {
            form.setFieldsValue({ weekStart: dayjs(addDays(weekStart, 7)), dishes: [{ day: 1, dish: '', price: 18 }] });
            setOpen(true);
          }}
        >
          {t('menu.publish')}
        </Button>
      )}
      {!shown.length && <Empty description={t('menu.none')} />}
      {shown.map((menu) => (
        <Card
          key={menu.id}
          size="small"
          style={{ marginBottom: 12 }}
          title={`${menu.weekStart === weekStart ? t('menu.thisWeek') : t('menu.next')} · ${t('menu.week', { from: menu.weekStart })}`}
        >
          <Table
            size="small"
            pagination={false}
            rowKey="day"
            dataSource={[1, 2, 3, 4, 5, 6, 7]
              .map((day) => ({ day, dishes: menu.dishes.filter((d) => d.day === day) }))
              .filter((r) => r.dishes.length)}
            columns={[
              { title: '', dataIndex: 'day', width: 64, render: (d: number) => weekday[d] },
              { title: t('field.dish'), render: (_: unknown, r) => r.dishes.map((d) => `${d.dish} ${money(d.priceFen)}`).join('；') },
            ]}
          />
          <Typography.Text type="secondary">
            {t('menu.publishedBy', { name: menu.createdByName, time: when(menu.publishedAt) })}
          </Typography.Text>
        </Card>
      ))}
      <Modal
        open={open}
        width={640}
        title={t('menu.publish')}
        onCancel={() => setOpen(false)}
        onOk={() => form.validateFields().then((v) => m.mutate(v))}
        confirmLoading={m.isPending}
        okText={t('act.submit')}
        cancelText={t('act.cancel')}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="weekStart" label={t('menu.weekStart')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.List name="dishes">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} wrap align="start">
                    <Form.Item name={[f.name, 'day']} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
                      <Select style={{ width: 80 }} options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: weekday[d] }))} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'dish']} rules={[{ required: true, max: 40 }]} style={{ marginBottom: 8 }}>
                      <Input placeholder={t('field.dish')} style={{ width: 180 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'price']} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
                      <InputNumber min={0.01} precision={2} addonAfter="¥" style={{ width: 120 }} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ day: 1, price: 18 })}>
                  {t('menu.addDish')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
    </div>
  );
}
