/** The billing pages, one list per sub-feature (menu group fees (收费与有偿服务)). */
import type { PageDef } from '../../app/routes';

export const BILLING_PAGES: PageDef[] = [];
