import type { PageDef } from '../../../app/routes';

/** The reviews pages (menu group 'patrol'). */
export const reviewsPages: PageDef[] = [];
