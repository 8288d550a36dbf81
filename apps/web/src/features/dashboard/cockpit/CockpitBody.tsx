/**
 * The cockpit (X6) on the first page: for each role family the user holds, its tiles (each opens the
 * list it counts) and its charts. Live: refetched when an event names a case, booking or meeting.
 * Renders nothing for roles of no family (the dashboard's general numbers stay for them).
 */
import { Alert, Button, Card, Col, Row, Skeleton, Typography } from 'antd';
import { DesktopOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CockpitFamily } from '@hy/contracts';
import { useCockpit } from './useCockpit';
import { CockpitTiles } from './CockpitTiles';
import { SlaBar } from './SlaBar';
import { MeetingsTimeline } from './MeetingsTimeline';
import { FiguresGrid } from './FiguresGrid';
import { TrendChart } from './TrendChart';
import { EmergencyList } from './EmergencyList';
import { StatusBars } from './StatusBars';

export function CockpitBody() {
  const { t } = useTranslation('cockpit');
  const q = useCockpit();
  if (q.isLoading) return <Skeleton active style={{ marginBottom: 16 }} />;
  if (q.isError) return <Alert type="warning" showIcon message={t('failed')} style={{ marginBottom: 16 }} />;
  const c = q.data;
  if (!c || !c.families.length) return null;
  const section = (f: CockpitFamily) => c.tiles.filter((x) => x.family === f);
  return (
    <div data-testid="cockpit" data-families={c.families.join(' ')}>
      {c.families.map((f) => (
        <section key={f} data-testid={`cockpit-${f}`} style={{ marginBottom: 8 }}>
          <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8, margin: '4px 0 8px' }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {f === 'manager' && c.month ? `${t('family.manager')} · ${c.month}` : t(`family.${f}`)}
            </Typography.Title>
            {f === 'desk' && (
              <Link to="/wall" data-testid="open-wall">
                <Button size="small" icon={<DesktopOutlined />}>
                  {t('wall.open')}
                </Button>
              </Link>
            )}
          </div>
          <CockpitTiles tiles={section(f)} />
          {f === 'desk' && (
            <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
              {c.sla && (
                <Col xs={24} xl={8}>
                  <Card size="small" title={t('sla.title')}>
                    <SlaBar sla={c.sla} />
                  </Card>
                </Col>
              )}
              {c.meetings && (
                <Col xs={24} xl={16}>
                  <Card size="small" title={t('meetings.title')}>
                    <MeetingsTimeline meetings={c.meetings} />
                  </Card>
                </Col>
              )}
            </Row>
          )}
          {f === 'engineer' && c.workOrders && (
            <Card size="small" title={t('workOrders.title')} style={{ marginBottom: 12 }}>
              <StatusBars counts={c.workOrders} />
            </Card>
          )}
          {f === 'manager' && (
            <>
              {c.figures && c.figures.length > 0 && <FiguresGrid figures={c.figures} />}
              <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
                {c.trend && c.figures && c.figures.some((x) => x.unit === 'percent') && (
                  <Col xs={24} xl={14}>
                    <Card size="small" title={t('trend.title')}>
                      <TrendChart trend={c.trend} figures={c.figures} />
                    </Card>
                  </Col>
                )}
                <Col xs={24} xl={10}>
                  <Card size="small" title={t('emergencies.title')} style={{ marginBottom: 12 }}>
                    <EmergencyList items={c.emergencies ?? []} />
                  </Card>
                  {c.sla && !c.families.includes('desk') && (
                    <Card size="small" title={t('sla.title')}>
                      <SlaBar sla={c.sla} />
                    </Card>
                  )}
                </Col>
              </Row>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
