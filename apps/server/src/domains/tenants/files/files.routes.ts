import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { file, propertyIdQuery, tenantFile, tenantFileList, tenantFileSave, tenantFilesQuery, uuid } from '@hy/contracts';
import { typed } from '../../../lib/http.ts';
import { sendXlsx } from '../../../lib/xlsx.ts';
import { exportOccupancy } from './files.sheets.ts';
import * as svc from './files.service.ts';

const tags = ['tenants'];
const orgParam = z.object({ organizationId: uuid });

/** Tenant files (T1): the tenant list, the occupancy table as .xlsx, one company's file, saving it. */
export function filesRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/tenant-files',
    {
      schema: {
        tags,
        summary: 'The tenant list of a property (every company, with or without a file)',
        querystring: tenantFilesQuery,
        response: { 200: tenantFileList },
      },
    },
    async (req) => svc.listFiles(req.ctx(), req.query),
  );
  app.get(
    '/tenant-files/export',
    {
      schema: {
        tags,
        summary: 'The occupancy table 《用户入住情况表》 as .xlsx (audited)',
        querystring: propertyIdQuery,
        response: { 200: file('xlsx') },
      },
    },
    async (req, reply) => sendXlsx(reply, await exportOccupancy(req.ctx(), req.query.propertyId), 'tenant-occupancy.xlsx'),
  );
  app.get(
    '/tenant-files/:organizationId',
    {
      schema: {
        tags,
        summary: "A tenant company's file (a tenant: only their own; others 404)",
        params: orgParam,
        response: { 200: tenantFile },
      },
    },
    async (req) => svc.getFile(req.ctx(), req.params.organizationId),
  );
  app.put(
    '/tenant-files/:organizationId',
    {
      schema: {
        tags,
        summary: 'Save the whole file (created on first save; 409 tenant_file_stale over a newer version)',
        params: orgParam,
        body: tenantFileSave,
        response: { 200: tenantFile },
      },
    },
    async (req) => svc.saveFile(req.ctx(), req.params.organizationId, req.body),
  );
}
