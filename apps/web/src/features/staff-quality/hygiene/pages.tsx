import type { PageDef } from '../../../app/routes';

/** The hygiene pages (menu group 'patrol'). */
export const hygienePages: PageDef[] = [];
