/** A staff member's record: post, trainings, background-check certificate, sensitive post, authorised for confidential meetings, department head. */
import { useEffect } from 'react';
import { Button, Checkbox, Col, DatePicker, Drawer, Form, Input, Row, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { useSession } from '../../../lib/session';
import { useSaveStaffProfile, type StaffMember } from '../api';

interface ProfileForm {
  post?: string;
  trainings: { name: string; date: Dayjs }[];
  backgroundCheckNo?: string;
  backgroundCheckUntil?: Dayjs | null;
  sensitivePost: boolean;
  confidentialAuthorised: boolean;
  departmentHead: boolean;
}

export function StaffProfileDrawer({ member, onClose }: { member: StaffMember | null; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const pid = useSession().propertyId;
  const [form] = Form.useForm<ProfileForm>();
  const saveProfile = useSaveStaffProfile({ form, success: t('staff.saved'), onSuccess: onClose });
  useEffect(() => {
    if (!member) return;
    const p = member.profile;
    form.resetFields();
    form.setFieldsValue({
      post: p?.post ?? undefined,
      trainings: (p?.trainings ?? []).map((x) => ({ name: x.name, date: dayjs(x.date) })),
      backgroundCheckNo: p?.backgroundCheckNo ?? undefined,
      backgroundCheckUntil: p?.backgroundCheckUntil ? dayjs(p.backgroundCheckUntil) : null,
      sensitivePost: !!p?.sensitivePost,
      confidentialAuthorised: !!p?.confidentialAuthorised,
      departmentHead: !!p?.departmentHead,
    });
  }, [member, form]);
  return (
    <Drawer
      open={!!member}
      width={480}
      title={member ? t('staff.editTitle', { name: member.name }) : ''}
      onClose={onClose}
      destroyOnClose
      extra={
        <Button
          type="primary"
          data-testid="staff-save"
          loading={saveProfile.isPending}
          onClick={async () => {
            const v = await form.validateFields();
            saveProfile.mutate({
              userId: member!.id,
              body: {
                propertyId: pid,
                post: v.post || null,
                trainings: (v.trainings ?? []).map((x) => ({ name: x.name, date: x.date.format('YYYY-MM-DD') })),
                backgroundCheckNo: v.backgroundCheckNo || null,
                backgroundCheckUntil: v.backgroundCheckUntil ? v.backgroundCheckUntil.format('YYYY-MM-DD') : null,
                sensitivePost: !!v.sensitivePost,
                confidentialAuthorised: !!v.confidentialAuthorised,
                departmentHead: !!v.departmentHead,
              },
            });
          }}
        >
          {t('act.save')}
        </Button>
      }
    >
      <Form form={form} layout="vertical">
        <Form.Item name="post" label={t('staff.post')}>
          <Input maxLength={50} />
        </Form.Item>
        <Typography.Text strong>{t('staff.trainings')}</Typography.Text>
        <Form.List name="trainings">
          {(fields, { add, remove }) => (
            <div style={{ marginTop: 6, marginBottom: 12 }}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: t('staff.trainingName') }]}>
                    <Input placeholder={t('staff.trainingName')} maxLength={100} style={{ width: 220 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'date']} rules={[{ required: true, message: t('staff.date') }]}>
                    <DatePicker style={{ width: 140 }} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ name: '', date: dayjs() })}>
                {t('staff.addTraining')}
              </Button>
            </div>
          )}
        </Form.List>
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item name="backgroundCheckNo" label={t('staff.bgNo')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="backgroundCheckUntil" label={t('staff.bgUntil')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="sensitivePost" valuePropName="checked" extra={t('staff.sensitiveHint')}>
          <Checkbox>{t('staff.sensitive')}</Checkbox>
        </Form.Item>
        <Form.Item name="confidentialAuthorised" valuePropName="checked" extra={t('staff.authorisedHint')}>
          <Checkbox>{t('staff.authorised')}</Checkbox>
        </Form.Item>
        <Form.Item name="departmentHead" valuePropName="checked" extra={t('staff.headHint')}>
          <Checkbox data-testid="staff-head">{t('staff.head')}</Checkbox>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
