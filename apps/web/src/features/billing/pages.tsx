/** The billing pages, one list per sub-feature (menu group fees (收费与有偿服务)), in the order of the month's work. */
import type { PageDef } from '../../app/routes';
import { monthsPages } from './months/pages';
import { metersPages } from './meters/pages';
import { itemsPages } from './items/pages';
import { parkingPages } from './parking/pages';
import { noticesPages } from './notices/pages';
import { paymentsPages } from './payments/pages';
import { arrearsPages } from './arrears/pages';
import { collectionPages } from './collection/pages';
import { dunningPages } from './dunning/pages';

export const BILLING_PAGES: PageDef[] = [
  ...monthsPages,
  ...noticesPages,
  ...paymentsPages,
  ...arrearsPages,
  ...collectionPages,
  ...dunningPages,
  ...metersPages,
  ...parkingPages,
  ...itemsPages,
];
