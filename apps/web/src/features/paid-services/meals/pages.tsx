import { lazy } from 'react';
import { CoffeeOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The meals pages (menu group 'fees'): the desk's day, the tenant's ordering, the day's order sheet print. */
export const mealsPages: PageDef[] = [
  {
    path: '/paid-services/meals',
    labelKey: 'meals:nav.title',
    group: 'fees',
    icon: <CoffeeOutlined />,
    permission: 'paidservices.read',
    component: lazy(() => import('./MealsPage')),
  },
  {
    path: '/my/meals',
    tab: 4,
    tabRoles: ['tenant'],
    labelKey: 'meals:nav.mine',
    group: 'fees',
    icon: <CoffeeOutlined />,
    permission: 'paidservices.own',
    component: lazy(() => import('./MyMealsPage')),
  },
  {
    path: '/paid-services/meals/sheet/print',
    labelKey: 'meals:nav.sheet',
    hidden: true,
    permission: 'paidservices.read',
    component: lazy(() => import('./SheetPrintPage')),
  },
];
