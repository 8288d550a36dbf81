/** Rosters: shifts at the working hours generated for a period, single (overtime) shifts, hours per person. */
import { useState } from 'react';
import { Button, Card, Col, DatePicker, Row, Space, Switch, Table, Tag, Typography } from 'antd';
import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { useSession } from '../../../lib/session';
import { shiftsQuery, staffQuery, type Shift } from '../api';
import { fmtAt } from '../labels';
import { GenerateRosterModal } from './GenerateRosterModal';
import { AddShiftModal } from './AddShiftModal';
import '../meetings.css';

export function RosterTab() {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const pid = session.propertyId;
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const staff = useQuery(staffQuery(pid));
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('week').add(1, 'day'), dayjs().startOf('week').add(7, 'day')]);
  const from = range[0].startOf('day').toISOString();
  const to = range[1].endOf('day').toISOString();
  const q = useQuery(shiftsQuery(pid, from, to));
  const [gen, setGen] = useState(false);
  const [one, setOne] = useState(false);
  const [onlyOvertime, setOnlyOvertime] = useState(false);
  const people = (staff.data?.data ?? []).map((s) => ({ value: s.id, label: s.name }));
  const shifts = (q.data?.data ?? []).filter((s) => !onlyOvertime || s.overtime);
  return (
    <>
      <div className="mt-ready-bar">
        <Space wrap>
          <DatePicker.RangePicker value={range} allowClear={false} onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])} />
          <Switch checked={onlyOvertime} onChange={setOnlyOvertime} /> <Typography.Text>{t('roster.onlyOvertime')}</Typography.Text>
        </Space>
        <Space wrap>
          <Button icon={<PlusOutlined />} onClick={() => setOne(true)}>
            {t('roster.addShift')}
          </Button>
          <Button type="primary" icon={<CalendarOutlined />} onClick={() => setGen(true)} data-testid="roster-generate">
            {t('roster.generate')}
          </Button>
        </Space>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('roster.totals')}>
            <Table
              size="small"
              rowKey="userId"
              pagination={false}
              dataSource={q.data?.totals ?? []}
              locale={{ emptyText: t('roster.none') }}
              columns={[
                { title: t('staff.name'), dataIndex: 'name' },
                { title: t('roster.hours'), align: 'right', render: (_, r) => r.hours.toFixed(1) },
                {
                  title: t('roster.overtime'),
                  align: 'right',
                  render: (_, r) =>
                    r.overtimeHours ? <Typography.Text type="warning">{r.overtimeHours.toFixed(1)}</Typography.Text> : '0',
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card size="small" title={t('roster.shifts')} styles={{ body: { padding: 0 } }}>
            <Table<Shift>
              size="small"
              rowKey="id"
              loading={q.isLoading}
              dataSource={shifts}
              pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
              locale={{ emptyText: t('roster.none') }}
              columns={[
                { title: t('roster.day'), width: 130, render: (_, s) => fmtAt(s.startsAt, tz, 'MM-DD ddd') },
                { title: t('staff.name'), dataIndex: 'name', width: 110 },
                {
                  title: t('roster.time'),
                  width: 130,
                  render: (_, s) => `${fmtAt(s.startsAt, tz, 'HH:mm')}–${fmtAt(s.endsAt, tz, 'HH:mm')}`,
                },
                { title: t('roster.hours'), width: 70, align: 'right', render: (_, s) => s.hours.toFixed(1) },
                {
                  title: '',
                  render: (_, s) => (
                    <Space size={4}>
                      {s.overtime && <Tag color="orange">{t('roster.overtimeTag')}</Tag>}
                      {s.note && <Typography.Text type="secondary">{s.note}</Typography.Text>}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <GenerateRosterModal open={gen} range={range} people={people} onClose={() => setGen(false)} />
      <AddShiftModal open={one} people={people} onClose={() => setOne(false)} />
    </>
  );
}
