import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  archiveEntry,
  archiveEntryCreate,
  archiveList,
  archiveLoan,
  archiveLoanList,
  archiveQuery,
  file,
  loanCreate,
  loanReturn,
  loansQuery,
  uuid,
} from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import { exportRegister } from './archive.sheets.ts';
import * as svc from './archive.service.ts';

const tags = ['tenants'];

/** The archive register and borrowing through the secretary (T1): list, file, lend, take back, cancel, overdue loans, .xlsx. */
export function archiveRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/tenant-archive',
    {
      schema: {
        tags,
        summary: 'The register (a month, a tenant, out or in) with the retention settings',
        querystring: archiveQuery,
        response: { 200: archiveList },
      },
    },
    async (req) => svc.listEntries(req.ctx(), req.query),
  );
  app.get(
    '/tenant-archive/export',
    {
      schema: {
        tags,
        summary: 'The register 《年月档案存档记录表》 as .xlsx (audited)',
        querystring: z.object({ propertyId: uuid, month: archiveQuery.shape.month }),
        response: { 200: file('xlsx') },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportRegister(req.ctx(), req.query), 'archive-register.xlsx'),
  );
  app.post(
    '/tenant-archive',
    {
      schema: {
        tags,
        summary: 'File a document (the secretary; 409 archive_file_no_taken)',
        body: archiveEntryCreate,
        response: { 201: archiveEntry },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.fileEntry(req.ctx(), req.body)),
  );
  app.post(
    '/tenant-archive/:id/cancel',
    { schema: { tags, summary: 'Cancel an entry (409 document_out while lent)', params: uuidParam, response: { 200: archiveEntry } } },
    async (req) => svc.cancelEntry(req.ctx(), req.params.id),
  );
  app.post(
    '/tenant-archive/:id/loans',
    {
      schema: {
        tags,
        summary: 'Lend the original (409 document_out when it is out)',
        params: uuidParam,
        body: loanCreate,
        response: { 201: archiveEntry },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.lend(req.ctx(), req.params.id, req.body)),
  );
  app.get(
    '/tenant-archive-loans',
    {
      schema: {
        tags,
        summary: 'Loans (overdue=true: out past their due day)',
        querystring: loansQuery,
        response: { 200: archiveLoanList },
      },
    },
    async (req) => svc.listLoans(req.ctx(), req.query),
  );
  app.post(
    '/tenant-archive-loans/:id/return',
    {
      schema: {
        tags,
        summary: 'Take the original back, checked (409 loan_returned)',
        params: uuidParam,
        body: loanReturn,
        response: { 200: archiveLoan },
      },
    },
    async (req) => svc.takeBack(req.ctx(), req.params.id, req.body),
  );
}
