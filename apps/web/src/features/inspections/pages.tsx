/** The inspections pages, one list per sub-feature (menu group 'patrol'). */
import type { PageDef } from '../../app/routes';
import { plansPages } from './plans/pages';
import { roundsPages } from './rounds/pages';
import { findingsPages } from './findings/pages';
import { reviewsPages } from './reviews/pages';

export const INSPECTIONS_PAGES: PageDef[] = [...plansPages, ...roundsPages, ...findingsPages, ...reviewsPages];
