import type { PageDef } from '../../../app/routes';

/** The training pages (menu group 'patrol'). */
export const trainingPages: PageDef[] = [];
