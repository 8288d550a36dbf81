/** The billing pages, one list per sub-feature (menu group fees (收费与有偿服务)). */
import type { PageDef } from '../../app/routes';
import { monthsPages } from './months/pages';
import { metersPages } from './meters/pages';
import { itemsPages } from './items/pages';
import { parkingPages } from './parking/pages';

export const BILLING_PAGES: PageDef[] = [...monthsPages, ...metersPages, ...parkingPages, ...itemsPages];
import { noticesPages } from './notices/pages';
import { paymentsPages } from './payments/pages';
import { arrearsPages } from './arrears/pages';
import { collectionPages } from './collection/pages';
import { dunningPages } from './dunning/pages';

export const BILLING_PAGES: PageDef[] = [...noticesPages, ...paymentsPages, ...arrearsPages, ...collectionPages, ...dunningPages];
