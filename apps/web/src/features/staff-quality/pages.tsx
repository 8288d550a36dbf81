/** The staff-quality pages, one list per sub-feature (menu group 'patrol'). */
import type { PageDef } from '../../app/routes';
import { hygienePages } from './hygiene/pages';
import { trainingPages } from './training/pages';
import { evaluationsPages } from './evaluations/pages';
import { contractorPages } from './contractor/pages';

export const STAFF_QUALITY_PAGES: PageDef[] = [...hygienePages, ...trainingPages, ...evaluationsPages, ...contractorPages];
