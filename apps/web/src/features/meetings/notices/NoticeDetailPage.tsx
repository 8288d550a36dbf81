/**
 * /service-notices/:id — one 《会议服务通知单》: the form's fields, tasks per department with readiness
 * report and verification, the three-level check (M5), live status and incidents (M8), versions.
 */
import { useState } from 'react';
import { Alert, Button, Card, Col, Popconfirm, Result, Row, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, CaretRightOutlined, PoweroffOutlined, PrinterOutlined, WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { MEETING_REPORT_ROLES } from '@hy/contracts';
import { ApiError } from '../../../lib/api';
import { useLive } from '../../../lib/live';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { HistoryDrawer } from '../../../components/HistoryDrawer';
import { MEETING_TOPICS, meetingKeys, noticeQuery, useEndMeeting, useStartMeeting } from '../api';
import { NoticeServiceTabs } from './NoticeServiceTabs';
import { NoticeSurveyCard } from '../reports/NoticeSurveyCard';
import { DEPT_COLORS, fmtAt, readinessOf } from '../labels';
import { DeptReadyTag } from '../status/DeptReadyTag';
import { LiveTag } from '../status/LiveTag';
import { NoticeInfo } from './NoticeInfo';
import { DepartmentPanel } from './DepartmentPanel';
import { ChecksPanel } from './ChecksPanel';
import { IncidentsPanel } from '../during/IncidentsPanel';
import { VersionsPanel } from './VersionsPanel';
import '../meetings.css';

export default function NoticeDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  useLive(MEETING_TOPICS, [meetingKeys.all], session.propertyId);
  const q = useQuery(noticeQuery(id));
  const start = useStartMeeting({ success: t('detail.started') });
  const end = useEndMeeting({ success: t('detail.ended') });
  const [tab, setTab] = useState<string | undefined>(undefined);
  const missing = q.error instanceof ApiError && [400, 403, 404].includes(q.error.status);
  if (q.isLoading)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (missing || !q.data)
    return (
      <Result
        status="404"
        title={t('detail.notFound')}
        extra={<Button onClick={() => navigate('/service-notices')}>{t('detail.back')}</Button>}
      />
    );
  const n = q.data;
  const mine = n.departments.find((d) => n.policies.readiness.includes(d.department));
  const activeTab = tab ?? mine?.department ?? n.departments[0]?.department;
  return (
    <div data-testid="notice-detail" data-number={n.number}>
      <PageHeader
        title={
          <Space size={8} wrap>
            <span>
              {t('print.title')} · {n.number}
            </span>
            <LiveTag status={n.liveStatus} />
            <Tag>{t('print.version', { v: n.version })}</Tag>
            {n.status !== 'active' && <Tag color="red">{t(`noticeStatus.${n.status}`)}</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/service-notices')}>
              {t('detail.back')}
            </Button>
            <Link to={`/bookings/${n.bookingId}`}>
              <Button>{t('detail.booking')}</Button>
            </Link>
            <Button icon={<PrinterOutlined />} onClick={() => navigate(`/service-notices/${n.id}/print`)} data-testid="print-notice">
              {t('detail.print')}
            </Button>
            {session.can('audit.read') && <HistoryDrawer entityType="service_notice" entityId={n.id} title={n.number} />}
            {n.policies.start && (
              <Popconfirm title={t('detail.startConfirm')} onConfirm={() => start.mutate(n.id)}>
                <Button type="primary" icon={<CaretRightOutlined />} data-testid="start-meeting">
                  {t('detail.start')}
                </Button>
              </Popconfirm>
            )}
            {n.policies.end && (n.startedAt || n.liveStatus === 'in_progress') && (
              <Popconfirm title={t('detail.endConfirm')} onConfirm={() => end.mutate(n.id)}>
                <Button danger icon={<PoweroffOutlined />} data-testid="end-meeting">
                  {t('detail.end')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      />
      {n.issuedLate && (
        <Alert
          type="error"
          showIcon
          icon={<WarningOutlined />}
          style={{ marginBottom: 12 }}
          message={t('detail.issuedLate')}
          description={n.noticeDeadline ? `${t('detail.noticeDeadline')}：${fmtAt(n.noticeDeadline, tz, 'YYYY-MM-DD HH:mm')}` : undefined}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card
            size="small"
            title={t('detail.info')}
            style={{ marginBottom: 16 }}
            extra={
              n.conferenceBuilding && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('detail.noticeDeadline')} {fmtAt(n.noticeDeadline, tz)} · {t('detail.readyDeadline')} {fmtAt(n.readyDeadline, tz)}
                </Typography.Text>
              )
            }
          >
            <NoticeInfo n={n} tz={tz} />
          </Card>
          <Card size="small" title={t('detail.tasks')} styles={{ body: { paddingTop: 0 } }}>
            <Tabs
              activeKey={activeTab}
              onChange={setTab}
              items={n.departments.map((d) => ({
                key: d.department,
                label: (
                  <span data-testid="dept-tab" data-dept={d.department}>
                    <span className="mt-dot" style={{ background: DEPT_COLORS[d.department] }} />
                    {t(`dept.short.${d.department}`)}{' '}
                    <Typography.Text type={readinessOf(d) === 'verified' ? 'success' : 'secondary'} style={{ fontSize: 12 }}>
                      {d.done}/{d.total}
                    </Typography.Text>
                  </span>
                ),
                children: <DepartmentPanel n={n} d={d} tz={tz} />,
              }))}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title={t('detail.readiness')}>
              <Space direction="vertical" size={6} style={{ width: '100%' }}>
                {n.departments.map((d) => (
                  <div key={d.department} className="mt-ready-row">
                    <DeptReadyTag department={d.department} d={d} />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {d.verifiedAt
                        ? t('detail.verifiedBy', { at: fmtAt(d.verifiedAt, tz) })
                        : d.readyAt
                          ? t('detail.readyBy', { at: fmtAt(d.readyAt, tz) })
                          : `${d.done}/${d.total}`}
                    </Typography.Text>
                  </div>
                ))}
              </Space>
            </Card>
            <ChecksPanel n={n} tz={tz} />
            <IncidentsPanel n={n} tz={tz} />
            {session.hasRole(...MEETING_REPORT_ROLES) && <NoticeSurveyCard noticeId={n.id} tz={tz} />}
            {session.can('audit.read') && <VersionsPanel n={n} tz={tz} />}
          </Space>
        </Col>
      </Row>
      <NoticeServiceTabs n={n} />
    </div>
  );
}
