import { lazy } from 'react';
import { AuditOutlined, BarChartOutlined, FileDoneOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The reviews pages (menu group 'patrol'): the daily sign-off, the Friday summary, the findings sent to repair. */
export const reviewsPages: PageDef[] = [
  {
    path: '/inspections/reviews/daily',
    labelKey: 'patrolReviews:nav.daily',
    group: 'patrol',
    icon: <AuditOutlined />,
    permission: 'inspections.review',
    component: lazy(() => import('./DailyReviewPage')),
  },
  {
    path: '/inspections/reviews/weekly',
    labelKey: 'patrolReviews:nav.weekly',
    group: 'patrol',
    icon: <BarChartOutlined />,
    permission: 'inspections.review',
    component: lazy(() => import('./WeeklyPage')),
  },
  {
    path: '/inspections/reviews/repairs',
    labelKey: 'patrolReviews:nav.repairs',
    group: 'patrol',
    icon: <FileDoneOutlined />,
    permission: 'inspections.review',
    component: lazy(() => import('./RepairsPage')),
  },
];
