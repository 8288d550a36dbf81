import type { FastifyInstance } from 'fastify';
import {
  file,
  guestStay,
  guestStayPage,
  keyRegister,
  propertyIdQuery,
  stayCheckIn,
  stayCheckOut,
  stayQuery,
  stayRegister,
  stayRegisterQuery,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as svc from './stays.service.ts';
import { exportKeys, exportStays } from './stays.sheets.ts';

const tags = ['guest-rooms'];

/** Stays (T6): check-in, check-out, the stays register, the key register. */
export function staysRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/guest-stays',
    { schema: { tags, summary: 'Stays, latest check-in first (by state)', querystring: stayQuery, response: { 200: guestStayPage } } },
    async (req) => svc.listStays(req.ctx(), req.query),
  );
  app.get(
    '/guest-stays/register',
    {
      schema: {
        tags,
        summary: 'The stays register of a period (422 stay_register_range)',
        querystring: stayRegisterQuery,
        response: { 200: stayRegister },
      },
    },
    async (req) => {
      const r = await svc.register(req.ctx(), req.query);
      return { from: r.from, to: r.to, data: r.data };
    },
  );
  app.get(
    '/guest-stays/register/export',
    {
      schema: {
        tags,
        summary: 'The stays register of a period as .xlsx (audited)',
        querystring: stayRegisterQuery,
        response: { 200: file('xlsx') },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportStays(req.ctx(), req.query), 'guest-stays.xlsx'),
  );
  app.get(
    '/guest-keys',
    {
      schema: {
        tags,
        summary: 'The key register: keys issued and returned per room of a stay',
        querystring: propertyIdQuery,
        response: { 200: keyRegister },
      },
    },
    async (req) => svc.keys(req.ctx(), req.query.propertyId),
  );
  app.get(
    '/guest-keys/export',
    { schema: { tags, summary: 'The key register as .xlsx (audited)', querystring: propertyIdQuery, response: { 200: file('xlsx') } } },
    async (req, reply) => sendXlsx(reply, await exportKeys(req.ctx(), req.query.propertyId), 'guest-keys.xlsx'),
  );
  app.get('/guest-stays/:id', { schema: { tags, params: uuidParam, response: { 200: guestStay } } }, async (req) =>
    svc.getStay(req.ctx(), req.params.id),
  );
  app.post(
    '/guest-stays',
    {
      schema: {
        tags,
        summary:
          'Check in: vacant-clean rooms of the type, keys issued, linen counted out (409 room_not_available, linen_short; 422 stay_room_type_mismatch, stay_checkout_before_checkin)',
        body: stayCheckIn,
        response: { 201: guestStay },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.checkIn(req.ctx(), req.body)),
  );
  app.post(
    '/guest-stays/:id/check-out',
    {
      schema: {
        tags,
        summary:
          'Check out every room: keys and linen counted back, rooms vacant dirty (409 stay_not_in_house; 422 stay_rooms_mismatch, key_note_required, key_returned_too_many, linen_back_too_many)',
        params: uuidParam,
        body: stayCheckOut,
        response: { 200: guestStay },
      },
    },
    async (req) => svc.checkOut(req.ctx(), req.params.id, req.body),
  );
}
