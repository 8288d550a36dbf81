/** The attendees' page of the meeting: the agenda and the attendee handbook, edited and saved. */
import { useEffect } from 'react';
import { Button, Card, Col, Form, Input, Row } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSaveMeetingPage, type MeetingPage } from '../api';

export function MeetingPageCard({ noticeId, page }: { noticeId: string; page: MeetingPage | undefined }) {
  const { t } = useTranslation('meetings');
  const [form] = Form.useForm<{ agenda?: string; handbook?: string }>();
  const savePage = useSaveMeetingPage({ form, success: t('att.pageSaved') });
  useEffect(() => {
    if (page) form.setFieldsValue({ agenda: page.agenda ?? '', handbook: page.handbook ?? '' });
  }, [page, form]);
  return (
    <Card
      size="small"
      title={t('att.pageTitle')}
      style={{ marginTop: 16 }}
      data-testid="agenda-editor"
      extra={
        <Button
          size="small"
          type="primary"
          icon={<SaveOutlined />}
          loading={savePage.isPending}
          onClick={async () => {
            const v = await form.validateFields();
            savePage.mutate({ noticeId, agenda: v.agenda || null, handbook: v.handbook || null });
          }}
        >
          {t('att.savePage')}
        </Button>
      }
    >
      <Form form={form} layout="vertical">
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Form.Item name="agenda" label={t('att.agenda')} extra={t('att.agendaHint')}>
              <Input.TextArea rows={8} maxLength={20000} placeholder={t('att.agendaPh')} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item name="handbook" label={t('att.handbook')} extra={t('att.handbookHint')}>
              <Input.TextArea rows={8} maxLength={50000} placeholder={t('att.handbookPh')} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
