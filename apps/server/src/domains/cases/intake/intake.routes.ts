import type { FastifyInstance } from 'fastify';
import { typed } from '../../../lib/http.ts';
import * as svc from './intake.service.ts';
import * as s from './intake.schema.ts';
import { caseDetail, consultationPage, consultationRow, contactLookupResult } from '@hy/contracts';

const tags = ['cases'];

/** Intake (S1, S3): open a case, look a caller up by phone, log consultations that open no case. */
export function intakeRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.post(
    '/cases',
    {
      schema: {
        tags,
        response: { 201: caseDetail },
        summary: 'Open a case (立项): staff on any channel, a tenant on the portal',
        body: s.createCaseBody,
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createCase(req.ctx(), req.body)),
  );
  app.get(
    '/cases/contact-lookup',
    {
      schema: {
        tags,
        response: { 200: contactLookupResult },
        summary: 'Units, organizations and users matching a phone number',
        querystring: s.contactLookupQuery,
      },
    },
    async (req) => svc.contactLookup(req.ctx(), req.query),
  );
  app.post(
    '/consultations',
    {
      schema: {
        tags,
        response: { 201: consultationRow },
        summary: 'Log an explained question that opens no case',
        body: s.consultationBody,
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createConsultation(req.ctx(), req.body)),
  );
  app.get('/consultations', { schema: { tags, response: { 200: consultationPage }, querystring: s.listConsultationsQuery } }, async (req) =>
    svc.listConsultations(req.ctx(), req.query),
  );
}
