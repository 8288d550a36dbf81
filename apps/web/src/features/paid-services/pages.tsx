/** The paid-services pages, one list per sub-feature (menu group fees (收费与有偿服务)). */
import type { PageDef } from '../../app/routes';
import { businessCenterPages } from './business-center/pages';
import { laundryPages } from './laundry/pages';
import { mealsPages } from './meals/pages';

export const PAID_SERVICES_PAGES: PageDef[] = [...businessCenterPages, ...laundryPages, ...mealsPages];
