import { lazy } from 'react';
import { CarOutlined } from '@ant-design/icons';
import type { PageDef } from '../../../app/routes';

/** The parking and phones page (menu group 'fees'). */
export const parkingPages: PageDef[] = [
  {
    path: '/billing/parking',
    labelKey: 'feeParking:nav.title',
    group: 'fees',
    icon: <CarOutlined />,
    permission: 'billing.read',
    component: lazy(() => import('./ParkingPhonesPage')),
  },
];
