import type { FastifyInstance } from 'fastify';
import {
  mealCheck,
  mealDay,
  mealDayQuery,
  mealMenu,
  mealMenuCreate,
  mealMenuList,
  mealOrder,
  mealOrderCreate,
  serviceSign,
  uuid,
} from '@hy/contracts';
import { z } from 'zod';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './meals.service.ts';

const tags = ['paid-services'];

/** Meals (送客餐服务): menus, today's orders, the order sheet, check, delivery, signature. */
export function mealsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/meals/menus',
    { schema: { tags, summary: 'The latest weekly menus', querystring: z.object({ propertyId: uuid }), response: { 200: mealMenuList } } },
    async (req) => svc.listMenus(req.ctx(), req.query.propertyId),
  );
  app.post(
    '/meals/menus',
    {
      schema: {
        tags,
        summary: 'Publish a week’s menu to tenants (409 meal_menu_exists; 422 meal_menu_not_monday)',
        body: mealMenuCreate,
        response: { 201: mealMenu },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.publishMenu(req.ctx(), req.body)),
  );
  app.get(
    '/meals/orders',
    {
      schema: {
        tags,
        summary: 'A day’s orders with the cut-off (a tenant: their own)',
        querystring: mealDayQuery,
        response: { 200: mealDay },
      },
    },
    async (req) => svc.dayOrders(req.ctx(), req.query),
  );
  app.post(
    '/meals/orders',
    {
      schema: {
        tags,
        summary: 'Order for today (422 meal_order_closed after the cut-off unless a supervisor accepts it late)',
        body: mealOrderCreate,
        response: { 201: mealOrder },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.placeOrder(req.ctx(), req.body)),
  );
  app.post(
    '/meals/orders/phoned',
    { schema: { tags, summary: 'The day’s order sheet was phoned to the caterer', body: mealDayQuery, response: { 200: mealDay } } },
    async (req) => svc.markPhoned(req.ctx(), req.body),
  );
  app.get('/meals/orders/:id', { schema: { tags, params: uuidParam, response: { 200: mealOrder } } }, async (req) =>
    svc.getOrder(req.ctx(), req.params.id),
  );
  app.post(
    '/meals/orders/:id/check',
    {
      schema: {
        tags,
        summary: 'Quality and quantity check: pass or redo',
        params: uuidParam,
        body: mealCheck,
        response: { 200: mealOrder },
      },
    },
    async (req) => svc.check(req.ctx(), req.params.id, req.body),
  );
  app.post(
    '/meals/orders/:id/deliver',
    {
      schema: { tags, summary: 'Delivered to the unit (late after the deliver-by time)', params: uuidParam, response: { 200: mealOrder } },
    },
    async (req) => svc.deliver(req.ctx(), req.params.id),
  );
  app.post(
    '/meals/orders/:id/sign',
    {
      schema: {
        tags,
        summary: 'The tenant signs the 送餐服务确定单: the charge is posted once',
        params: uuidParam,
        body: serviceSign,
        response: { 200: mealOrder },
      },
    },
    async (req) => svc.sign(req.ctx(), req.params.id, req.body),
  );
}
