/** 留言簿 and 业务来电 (F2): the desk takes a message in seconds, sees what is still undelivered first, prints or exports the book. */
import { Button, Col, Row, Space, Tabs, Typography } from 'antd';
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useLive } from '../../../lib/live';
import { useSession } from '../../../lib/session';
import { MESSAGE_LIVE_TOPICS, bookExportUrl, messageKeys } from './api';
import { CallLog } from './CallLog';
import './desk.css';
import { MessageForm } from './MessageForm';
import { MessageTable } from './MessageTable';

export default function MessageBookPage() {
  const { t } = useTranslation('messages');
  const { propertyId, property } = useSession();
  useLive(MESSAGE_LIVE_TOPICS, [messageKeys.all], propertyId);
  return (
    <>
      <PageHeader
        title={t('nav.book')}
        extra={
          <Space className="no-print" wrap>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="book-print">
              {t('print')}
            </Button>
            <Button icon={<FileExcelOutlined />} href={bookExportUrl(propertyId)} data-testid="book-xlsx">
              {t('xlsx')}
            </Button>
          </Space>
        }
      />
      <Typography.Title level={4} className="fd-print-only" style={{ textAlign: 'center' }}>
        {property?.name} {t('printTitle')}
      </Typography.Title>
      <Tabs
        items={[
          {
            key: 'messages',
            label: t('tab.messages'),
            children: (
              <Row gutter={[16, 16]}>
                <Col xs={24} xxl={7} className="no-print">
                  <MessageForm />
                </Col>
                <Col xs={24} xxl={17}>
                  <Typography.Title level={5}>{t('open')}</Typography.Title>
                  <MessageTable state="open" />
                  <Typography.Title level={5} style={{ marginTop: 16 }}>
                    {t('history')}
                  </Typography.Title>
                  <MessageTable state="delivered" />
                </Col>
              </Row>
            ),
          },
          { key: 'calls', label: t('tab.calls'), children: <CallLog /> },
        ]}
      />
    </>
  );
}
