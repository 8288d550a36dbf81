import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  dispatchQuery,
  dispatchSent,
  dispatchSheet as dispatchSheetSchema,
  eventTransfer,
  eventVehicle,
  ok,
  pickupsCreate,
  suggestion,
  suggestQuery,
  transferInput,
  transferMove,
  transferPatch,
  transportOverview,
  uuid,
  vehicleInput,
  vehiclePatch,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import { dispatchSheet, dispatchXlsx, sendDispatch } from './transport.dispatch.ts';
import { createPickups, suggest } from './transport.pickups.ts';
import * as svc from './transport.service.ts';

const tags = ['events'];
const vehicleParams = z.object({ id: uuid, vehicleId: uuid });
const transferParams = z.object({ id: uuid, transferId: uuid });

/** The transport routes of large events (M13): vehicles, transfers, pick-ups from arrivals, dispatch sheets. */
export function transportRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/events/:id/transport',
    {
      schema: {
        tags,
        summary: 'Vehicles, transfers with passengers, and the registered guests',
        params: uuidParam,
        response: { 200: transportOverview },
      },
    },
    async (req) => svc.overview(req.ctx(), req.params.id),
  );
  app.post(
    '/events/:id/vehicles',
    {
      schema: {
        tags,
        summary: 'Add a vehicle (409 vehicle_plate_exists; 422 vehicle_hired_needs_company, driver_not_staff)',
        params: uuidParam,
        body: vehicleInput,
        response: { 201: eventVehicle },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createVehicle(req.ctx(), req.params.id, req.body)),
  );
  app.patch(
    '/events/:id/vehicles/:vehicleId',
    {
      schema: {
        tags,
        summary: 'Change a vehicle (422 vehicle_over_capacity when fewer seats than a trip carries)',
        params: vehicleParams,
        body: vehiclePatch,
        response: { 200: eventVehicle },
      },
    },
    async (req) => svc.patchVehicle(req.ctx(), req.params.id, req.params.vehicleId, req.body),
  );
  app.delete(
    '/events/:id/vehicles/:vehicleId',
    { schema: { tags, summary: 'Remove a vehicle without trips (409 vehicle_in_use)', params: vehicleParams, response: { 200: ok } } },
    async (req) => svc.deleteVehicle(req.ctx(), req.params.id, req.params.vehicleId),
  );
  app.post(
    '/events/:id/transfers',
    {
      schema: {
        tags,
        summary:
          'Add a transfer with passengers (409 vehicle_double_dispatched, guest_transfer_overlap; 422 vehicle_over_capacity, transfer_guest_unknown)',
        params: uuidParam,
        body: transferInput,
        response: { 201: eventTransfer },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createTransfer(req.ctx(), req.params.id, req.body)),
  );
  app.patch(
    '/events/:id/transfers/:transferId',
    {
      schema: {
        tags,
        summary: 'Change a transfer (its driver is told)',
        params: transferParams,
        body: transferPatch,
        response: { 200: eventTransfer },
      },
    },
    async (req) => svc.patchTransfer(req.ctx(), req.params.id, req.params.transferId, req.body),
  );
  app.delete(
    '/events/:id/transfers/:transferId',
    { schema: { tags, summary: 'Remove a transfer (its driver is told)', params: transferParams, response: { 200: ok } } },
    async (req) => svc.deleteTransfer(req.ctx(), req.params.id, req.params.transferId),
  );
  app.post(
    '/events/:id/transfers/move',
    {
      schema: {
        tags,
        summary: 'Move a guest from one transfer to another',
        params: uuidParam,
        body: transferMove,
        response: { 200: transportOverview },
      },
    },
    async (req) => svc.moveGuest(req.ctx(), req.params.id, req.body),
  );
  app.get(
    '/events/:id/transfers/suggest-pickups',
    {
      schema: {
        tags,
        summary: "Pick-ups (drop-offs) grouped from the guests' arrivals (departures) per station",
        params: uuidParam,
        querystring: suggestQuery,
        response: { 200: suggestion },
      },
    },
    async (req) => suggest(req.ctx(), req.params.id, req.query),
  );
  app.post(
    '/events/:id/transfers/pickups',
    {
      schema: {
        tags,
        summary: 'Create the reviewed pick-ups (drop-offs), vehicles assigned by seats, all or nothing',
        params: uuidParam,
        body: pickupsCreate,
        response: { 200: transportOverview },
      },
    },
    async (req) => createPickups(req.ctx(), req.params.id, req.body),
  );
  app.get(
    '/events/:id/dispatch',
    {
      schema: {
        tags,
        summary: "A vehicle's dispatch sheet (派车单), JSON or .xlsx",
        params: uuidParam,
        querystring: dispatchQuery,
        response: { 200: dispatchSheetSchema },
      },
    },
    async (req, reply) =>
      req.query.format === 'xlsx'
        ? sendXlsx(reply, await dispatchXlsx(req.ctx(), req.params.id, req.query), 'dispatch.xlsx')
        : dispatchSheet(req.ctx(), req.params.id, req.query),
  );
  app.post(
    '/events/:id/vehicles/:vehicleId/dispatch',
    {
      schema: {
        tags,
        summary: "Send the vehicle's dispatch sheet to its driver (SMS per trip)",
        params: vehicleParams,
        response: { 200: dispatchSent },
      },
    },
    async (req) => sendDispatch(req.ctx(), req.params.id, req.params.vehicleId),
  );
}
