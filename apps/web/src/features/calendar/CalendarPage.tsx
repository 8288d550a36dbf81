/** /admin/calendar: the property's work calendar — holidays, make-up days, overrides, a deadline calculator. */
import { useState } from 'react';
import { Alert, Button, Col, Row, Space } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { useSession } from '../../lib/session';
import { PageHeader } from '../../components/PageHeader';
import { summaryQuery } from './api';
import { DeadlineCalculator } from './DeadlineCalculator';
import { ImportModal } from './import/ImportModal';
import { OverrideModal } from './OverrideModal';
import { OverridesCard } from './OverridesCard';
import { WorkCalendarCard, type CalendarMode, type OverrideDraft } from './WorkCalendarCard';
import { WorkHoursCard } from './WorkHoursCard';
import { YearSummaryCard } from './YearSummaryCard';

export default function CalendarPage() {
  const { t } = useTranslation('calendar');
  const { propertyId, can } = useSession();
  const canManage = can('calendar.manage');
  const [panel, setPanel] = useState<Dayjs>(() => dayjs());
  const [mode, setMode] = useState<CalendarMode>('month');
  const [editing, setEditing] = useState<OverrideDraft | null>(null);
  const [importing, setImporting] = useState(false);
  const year = panel.year();
  const needsData = useQuery(summaryQuery(propertyId, year)).data?.needsData;

  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          canManage && (
            <Space>
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="calendar-import">
                {t('overrides.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="calendar-add-override">
                {t('overrides.add')}
              </Button>
            </Space>
          )
        }
      />
      {needsData && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('summary.needsData', { year })}
          data-testid="calendar-needs-data"
          action={
            canManage && (
              <Button size="small" onClick={() => setImporting(true)}>
                {t('overrides.import')}
              </Button>
            )
          }
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <WorkCalendarCard
            panel={panel}
            mode={mode}
            onPanelChange={(p, m) => {
              setPanel(p);
              if (m) setMode(m);
            }}
            onEditDay={setEditing}
          />
        </Col>
        <Col xs={24} xl={8}>
          <YearSummaryCard year={year} />
          <WorkHoursCard />
          <DeadlineCalculator />
        </Col>
      </Row>
      {canManage && <OverridesCard year={year} onEdit={setEditing} />}
      <OverrideModal open={!!editing} initial={editing} onClose={() => setEditing(null)} />
      <ImportModal open={importing} year={year} onClose={() => setImporting(false)} />
    </>
  );
}
