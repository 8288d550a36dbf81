/** S9 supervision: the supervisor's daily review and sign-off, the Monday summary, the project manager's monthly review. */
import { useState } from 'react';
import { Alert, Button, DatePicker, Space, Tabs } from 'antd';
import { PrinterOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { isoWeek } from '@hy/contracts';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../lib/session';
import { qs } from '../../lib/api';
import { applyProblem } from '../../lib/errors';
import { REVIEW_PARAM, REVIEW_PATH, reviewQuery, type ReviewTab } from './api';
import { ReviewView } from './supervision/ReviewView';

export default function SupervisionPage() {
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId, hasRole } = useSession();
  const [params] = useSearchParams();
  // ?tab=daily|weekly|monthly (the cockpit's signature tiles) opens that review
  const wanted = params.get('tab');
  const [tab, setTab] = useState<ReviewTab>(wanted === 'weekly' || wanted === 'monthly' ? wanted : 'daily');
  const [day, setDay] = useState<Dayjs>(dayjs());
  const [week, setWeek] = useState<Dayjs>(dayjs().subtract(1, 'week'));
  const [month, setMonth] = useState<Dayjs>(dayjs().subtract(1, 'month'));
  const period =
    tab === 'daily' ? day.format('YYYY-MM-DD') : tab === 'weekly' ? isoWeek(week.format('YYYY-MM-DD')) : month.format('YYYY-MM');
  const path = REVIEW_PATH[tab];
  const param = REVIEW_PARAM[tab];
  const q = useQuery(reviewQuery(propertyId, tab, period));
  const xlsx = `/api/v1${path}${qs({ propertyId, [param]: period, format: 'xlsx' })}`;
  return (
    <>
      <PageHeader
        title={t('sup.title')}
        extra={
          <Space className="no-print">
            {tab === 'daily' && <DatePicker value={day} onChange={(d) => d && setDay(d)} allowClear={false} />}
            {tab === 'weekly' && <DatePicker picker="week" value={week} onChange={(d) => d && setWeek(d)} allowClear={false} />}
            {tab === 'monthly' && <DatePicker picker="month" value={month} onChange={(d) => d && setMonth(d)} allowClear={false} />}
            <Button icon={<FileExcelOutlined />} href={xlsx}>
              {t('common:action.export')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('common:action.print')}
            </Button>
          </Space>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as typeof tab)}
        items={[
          { key: 'daily', label: t('sup.daily') },
          { key: 'weekly', label: t('sup.weekly') },
          { key: 'monthly', label: t('sup.monthly') },
        ]}
      />
      {q.error ? (
        <Alert type="error" message={applyProblem(q.error, undefined, t('common:error.generic'))} />
      ) : (
        <ReviewView
          kind={tab}
          period={period}
          data={q.data}
          canSign={tab === 'daily' ? hasRole('cs_supervisor') : hasRole('project_manager')}
        />
      )}
    </>
  );
}
