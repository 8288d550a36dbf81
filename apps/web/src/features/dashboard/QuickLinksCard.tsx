import type { ReactNode } from 'react';
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The pages of the menu the user may open, each with a line on what it is for (the first twelve). */
export function QuickLinksCard({ links }: { links: { path: string; labelKey: string; icon?: ReactNode }[] }) {
  const { t } = useTranslation(['dashboard', 'common']);
  return (
    <Card title={t('dashboard:quickLinks')} style={{ height: '100%' }}>
      <Row gutter={[12, 12]}>
        {links.map((p) => {
          const key = p.labelKey.replace(/^nav\./, '').replace(/[:.]/g, '_');
          return (
            <Col key={p.path} xs={24} sm={12} lg={8}>
              <Link to={p.path} data-testid={`quick-${key}`}>
                <Card size="small" hoverable styles={{ body: { padding: '12px 14px' } }} style={{ height: '100%' }}>
                  <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
                    <span style={{ fontSize: 20, color: '#1677ff', lineHeight: '22px' }}>{p.icon}</span>
                    <div style={{ minWidth: 0 }}>
                      <Typography.Text strong>{t(p.labelKey.includes(':') ? p.labelKey : `common:${p.labelKey}`)}</Typography.Text>
                      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
                        {t(`dashboard:desc.${key}`)}
                      </Typography.Paragraph>
                    </div>
                  </div>
                </Card>
              </Link>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
