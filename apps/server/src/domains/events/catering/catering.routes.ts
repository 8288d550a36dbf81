import type { FastifyInstance } from 'fastify';
import { cateringView, file, mealCreate, mealDefaults, mealParams, mealPatch, mealSign, menuCreate, menuParams } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as svc from './catering.service.ts';
import { exportOrderSheet } from './catering.sheet.ts';

const tags = ['events'];
const ok = { 200: cateringView };

/** The catering routes of large events (M13): meals, menus, the count to the caterer, the signed real count, the order sheet. */
export function cateringRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/events/:id/catering',
    { schema: { tags, summary: 'The meals with live headcounts and dietary counts, menus and totals', params: uuidParam, response: ok } },
    async (req) => svc.cateringView(req.ctx(), req.params.id),
  );
  app.post(
    '/events/:id/catering/meals',
    {
      schema: {
        tags,
        summary: 'A meal (422 meal_day_outside, 409 meal_exists)',
        params: uuidParam,
        body: mealCreate,
        response: { 201: cateringView },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createMeal(req.ctx(), req.params.id, req.body)),
  );
  app.post(
    '/events/:id/catering/defaults',
    {
      schema: {
        tags,
        summary: 'The default meals of every event day at once (morning tea, lunch, afternoon tea, dinner); those there stay',
        params: uuidParam,
        body: mealDefaults,
        response: ok,
      },
    },
    async (req) => svc.generateDefaults(req.ctx(), req.params.id, req.body),
  );
  app.patch(
    '/events/:id/catering/meals/:mealId',
    { schema: { tags, summary: 'Edit a meal (409 meal_already_signed)', params: mealParams, body: mealPatch, response: ok } },
    async (req) => svc.patchMeal(req.ctx(), req.params.id, req.params.mealId, req.body),
  );
  app.delete(
    '/events/:id/catering/meals/:mealId',
    { schema: { tags, summary: 'Delete a meal not yet ordered (409 meal_ordered)', params: mealParams, response: ok } },
    async (req) => svc.deleteMeal(req.ctx(), req.params.id, req.params.mealId),
  );
  app.post(
    '/events/:id/catering/meals/:mealId/menus',
    { schema: { tags, summary: 'A menu option of the meal', params: mealParams, body: menuCreate, response: { 201: cateringView } } },
    async (req, reply) => reply.status(201).send(await svc.addMenu(req.ctx(), req.params.id, req.params.mealId, req.body)),
  );
  app.post(
    '/events/:id/catering/meals/:mealId/menus/:menuId/choose',
    {
      schema: {
        tags,
        summary: 'Choose a menu: its price becomes the meal’s (后勤保障组 or managers; 403 meal_not_chooser)',
        params: menuParams,
        response: ok,
      },
    },
    async (req) => svc.chooseMenu(req.ctx(), req.params.id, req.params.mealId, req.params.menuId),
  );
  app.post(
    '/events/:id/catering/meals/:mealId/confirm',
    { schema: { tags, summary: 'Send the count now: the live headcount becomes the ordered count', params: mealParams, response: ok } },
    async (req) => svc.confirmCount(req.ctx(), req.params.id, req.params.mealId),
  );
  app.post(
    '/events/:id/catering/meals/:mealId/sign',
    {
      schema: {
        tags,
        summary: 'The real count with the caterer’s signature (409 meal_already_signed, 422 meal_count_before_meal)',
        params: mealParams,
        body: mealSign,
        response: ok,
      },
    },
    async (req) => svc.signMeal(req.ctx(), req.params.id, req.params.mealId, req.body),
  );
  app.get(
    '/events/:id/catering/order-sheet',
    {
      schema: {
        tags,
        summary: 'The caterer’s order sheet (餐饮订单) as .xlsx (audited)',
        params: uuidParam,
        response: { 200: file('xlsx') },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportOrderSheet(req.ctx(), req.params.id), 'catering-order-sheet.xlsx'),
  );
}
