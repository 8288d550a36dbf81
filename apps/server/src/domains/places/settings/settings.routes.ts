import type { FastifyInstance } from 'fastify';
import { propertySettings, settingsPatch } from '@hy/contracts';
import { typed, uuidParam } from '../../../lib/http.ts';
import * as svc from './settings.service.ts';

const tags = ['places'];

/** A property's settings: every number of the seeds, with defaults, units and ranges (SPEC intro). */
export function settingsRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  app.get(
    '/properties/:id/settings',
    {
      schema: {
        tags,
        summary: 'Every setting: effective value, default, overridden, unit and range',
        params: uuidParam,
        response: { 200: propertySettings },
      },
    },
    async (req) => svc.getSettings(req.ctx(), req.params.id),
  );
  app.patch(
    '/properties/:id/settings',
    {
      schema: {
        tags,
        summary: 'Set (validated per key, 400 with set.<key> paths) or reset settings; audited (settings.manage)',
        params: uuidParam,
        body: settingsPatch,
        response: { 200: propertySettings },
      },
    },
    async (req) => svc.updateSettings(req.ctx(), req.params.id, req.body),
  );
}
