import type { FastifyInstance } from 'fastify';
import {
  checkSheet,
  checkSheetList,
  checkSheetQuery,
  checkSheetSign,
  file,
  guestRoom,
  guestRoomList,
  propertyIdQuery,
  roomCreate,
  roomQuery,
  roomStatusChange,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import * as svc from './rooms.service.ts';
import { exportCheckSheet } from './rooms.sheets.ts';

const tags = ['guest-rooms'];

/** Guest rooms (T6): the status board, rooms, manual status changes, the daily 房态核对表. */
export function roomsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/guest-rooms',
    {
      schema: {
        tags,
        summary: 'The status board: rooms by building, floor and number, with the stay in each',
        querystring: roomQuery,
        response: { 200: guestRoomList },
      },
    },
    async (req) => svc.listRooms(req.ctx(), req.query),
  );
  app.post(
    '/guest-rooms',
    { schema: { tags, summary: 'Add a room (409 room_number_taken)', body: roomCreate, response: { 201: guestRoom } } },
    async (req, reply) => reply.status(201).send(await svc.createRoom(req.ctx(), req.body)),
  );
  app.get(
    '/guest-room-checks',
    {
      schema: { tags, summary: 'Signed 房态核对表 sheets, latest first', querystring: propertyIdQuery, response: { 200: checkSheetList } },
    },
    async (req) => svc.listSheets(req.ctx(), req.query.propertyId),
  );
  app.get(
    '/guest-room-checks/sheet',
    {
      schema: {
        tags,
        summary: "A day's 房态核对表 (today by default): the signed sheet or the draft from the rooms' status",
        querystring: checkSheetQuery,
        response: { 200: checkSheet },
      },
    },
    async (req) => (await svc.checkSheet(req.ctx(), req.query)).sheet,
  );
  app.get(
    '/guest-room-checks/sheet/export',
    { schema: { tags, summary: "A day's 房态核对表 as .xlsx (audited)", querystring: checkSheetQuery, response: { 200: file('xlsx') } } },
    async (req, reply) => sendXlsx(reply, await exportCheckSheet(req.ctx(), req.query), 'room-status-check.xlsx'),
  );
  app.post(
    '/guest-room-checks',
    {
      schema: {
        tags,
        summary:
          'Sign the day’s 房态核对表; rooms found out of order go to repair (409 check_sheet_signed; 422 check_sheet_future, check_sheet_room_unknown)',
        body: checkSheetSign,
        response: { 201: checkSheet },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.signSheet(req.ctx(), req.body)),
  );
  app.get('/guest-rooms/:id', { schema: { tags, params: uuidParam, response: { 200: guestRoom } } }, async (req) =>
    svc.getRoom(req.ctx(), req.params.id),
  );
  app.post(
    '/guest-rooms/:id/status',
    {
      schema: {
        tags,
        summary:
          'Change a room’s status by hand; out of order tells engineering (409 room_occupied, room_status_unchanged; 422 room_reason_required)',
        params: uuidParam,
        body: roomStatusChange,
        response: { 200: guestRoom },
      },
    },
    async (req) => svc.changeStatus(req.ctx(), req.params.id, req.body),
  );
}
