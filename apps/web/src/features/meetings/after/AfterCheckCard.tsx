/** After the meeting: the cleanup checklist and the equipment and microphone count (shortages flagged). */
import { useEffect } from 'react';
import { Alert, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { useSaveAfterCheck, type AfterCheck, type AfterData, type Notice } from '../api';
import { fmtAt } from '../labels';

export function AfterCheckCard({ n, data, canEdit }: { n: Notice; data: AfterData; canEdit: boolean }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const [form] = Form.useForm<Pick<AfterCheck, 'cleanup' | 'equipment'>>();
  const save = useSaveAfterCheck({ form, success: t('after.saved') });
  const c = data.check;
  useEffect(() => {
    form.setFieldsValue({ cleanup: c.cleanup, equipment: c.equipment });
  }, [c, form]);
  const equipment = Form.useWatch('equipment', form) ?? c.equipment;
  const editable = canEdit && data.ended;
  return (
    <Card
      size="small"
      title={t('after.check')}
      data-testid="after-check"
      extra={
        c.recordedAt ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('after.recordedAt', { at: fmtAt(c.recordedAt, tz) })}
          </Typography.Text>
        ) : (
          <Tag>{t('after.notRecorded')}</Tag>
        )
      }
    >
      {!data.ended && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('after.notEnded')} />}
      <Form form={form} disabled={!editable} initialValues={{ cleanup: c.cleanup, equipment: c.equipment }}>
        <Row gutter={24}>
          <Col xs={24} lg={11}>
            <Typography.Text strong>{t('after.cleanup')}</Typography.Text>
            <Form.List name="cleanup">
              {(fields, { add, remove }) => (
                <div className="mt-checklist">
                  {fields.map((f) => (
                    <div key={f.key} className="mt-check-item">
                      <Form.Item name={[f.name, 'done']} valuePropName="checked" noStyle>
                        <Checkbox />
                      </Form.Item>
                      <Form.Item name={[f.name, 'item']} noStyle rules={[{ required: true, whitespace: true }]}>
                        <Input variant="borderless" maxLength={100} style={{ flex: 1, minWidth: 120 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'note']} noStyle>
                        <Input size="small" placeholder={t('after.note')} maxLength={500} style={{ width: 120 }} />
                      </Form.Item>
                      {editable && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                    </div>
                  ))}
                  {editable && (
                    <Button
                      type="dashed"
                      size="small"
                      icon={<PlusOutlined />}
                      onClick={() => add({ item: '', done: false, note: null })}
                      style={{ marginTop: 6 }}
                    >
                      {t('after.addItem')}
                    </Button>
                  )}
                </div>
              )}
            </Form.List>
          </Col>
          <Col xs={24} lg={13}>
            <Typography.Text strong>{t('after.equipment')}</Typography.Text>
            <Form.List name="equipment">
              {(fields, { add, remove }) => (
                <div className="mt-checklist">
                  <div className="mt-eq-row mt-eq-head">
                    <span style={{ flex: 1 }}>{t('after.eqName')}</span>
                    <span className="mt-eq-n">{t('after.expected')}</span>
                    <span className="mt-eq-n">{t('after.counted')}</span>
                    <span style={{ width: 110 }}>{t('after.note')}</span>
                    <span style={{ width: 14 }} />
                  </div>
                  {fields.map((f) => {
                    const e = equipment[f.name];
                    const short = e && (c.recordedAt || (e.counted ?? 0) > 0) ? Math.max(0, (e.expected ?? 0) - (e.counted ?? 0)) : 0;
                    return (
                      <div key={f.key} className={`mt-eq-row${short ? ' short' : ''}`} data-testid="eq-row">
                        <Form.Item name={[f.name, 'name']} noStyle rules={[{ required: true, whitespace: true }]}>
                          <Input size="small" maxLength={100} style={{ flex: 1, minWidth: 100 }} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'expected']} noStyle>
                          <InputNumber size="small" min={0} precision={0} className="mt-eq-n" />
                        </Form.Item>
                        <Form.Item name={[f.name, 'counted']} noStyle>
                          <InputNumber size="small" min={0} precision={0} className="mt-eq-n" status={short ? 'error' : undefined} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'note']} noStyle>
                          <Input
                            size="small"
                            maxLength={500}
                            style={{ width: 110 }}
                            placeholder={short ? t('after.short', { count: short }) : ''}
                          />
                        </Form.Item>
                        {editable ? <MinusCircleOutlined onClick={() => remove(f.name)} /> : <span style={{ width: 14 }} />}
                      </div>
                    );
                  })}
                  {!fields.length && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('after.noEquipment')}
                    </Typography.Text>
                  )}
                  {editable && (
                    <div>
                      <Button
                        type="dashed"
                        size="small"
                        icon={<PlusOutlined />}
                        onClick={() => add({ name: '', expected: 1, counted: 0, note: null })}
                        style={{ marginTop: 6 }}
                      >
                        {t('after.addEquipment')}
                      </Button>
                    </div>
                  )}
                </div>
              )}
            </Form.List>
            {c.shortages > 0 && (
              <Alert type="error" showIcon style={{ marginTop: 8 }} message={t('after.shortages', { count: c.shortages })} />
            )}
          </Col>
        </Row>
      </Form>
      {editable && (
        <div style={{ marginTop: 12, textAlign: 'right' }}>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            data-testid="after-save"
            loading={save.isPending}
            onClick={async () => {
              const v = await form.validateFields();
              save.mutate({
                noticeId: n.id,
                body: {
                  cleanup: v.cleanup.map((x) => ({ item: x.item, done: !!x.done, note: x.note || null })),
                  equipment: v.equipment.map((x) => ({
                    name: x.name,
                    expected: x.expected ?? 0,
                    counted: x.counted ?? 0,
                    note: x.note || null,
                  })),
                  version: c.version,
                },
              });
            }}
          >
            {t('after.save')}
          </Button>
        </div>
      )}
    </Card>
  );
}
