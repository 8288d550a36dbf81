import type { FastifyInstance, FastifyReply } from 'fastify';
import { typed, uuidParam } from '../../../lib/http.ts';
import { requireAuth } from '../../../plugins/auth.ts';
import { errors } from '../../../lib/errors.ts';
import * as fees from './fees.service.ts';
import * as after from '../after/after.service.ts';
import * as att from '../attendees/attendees.service.ts';
import * as staffing from '../staffing/staffing.service.ts';
import * as materials from '../materials/materials.service.ts';
import * as s from './fees.schema.ts';
import { meetingReportsRoutes } from '../reports/reports.routes.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const sendXlsx = (reply: FastifyReply, { filename, buf }: { filename: string; buf: Buffer }) =>
  reply.type(XLSX).header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`).send(buf);

/**
 * Fees and purchases (M7, M9), after the meeting (M9), attendees and QR sign-in (M11). Mounted by
 * meetingsRoutes. The two /public/meeting-sign-in routes need no login: the signed code is the key.
 */
export function meetingsMoreRoutes(fastify: FastifyInstance) {
  const app = typed(fastify);
  const opts = { preHandler: requireAuth };
  const tags = ['meetings'];
  // .xlsx uploads arrive as the raw file.
  fastify.addContentTypeParser([XLSX, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 }, (_req, body, done) => done(null, body));

  // M9 price list and fee statement 《会议费用确认单》
  app.get('/meeting-price-lists/:propertyId', { ...opts, schema: { tags, params: s.propertyParam } }, async (req) => fees.getPrices(req.ctx(), req.params.propertyId));
  app.put('/meeting-price-lists/:propertyId', { ...opts, schema: { tags, summary: 'Venue fee by class and duration band, consumables, technical materials (fen)', params: s.propertyParam, body: s.priceListBody } },
    async (req) => fees.putPrices(req.ctx(), req.params.propertyId, req.body));
  app.post('/service-notices/:id/fee-statement', { ...opts, schema: { tags, summary: 'Draw up (201) or recompute (200, while a draft) the fee statement from the price list', params: uuidParam, body: s.statementBody } },
    async (req, reply) => { const out = await fees.draftStatement(req.ctx(), req.params.id, req.body); return reply.status(out.created ? 201 : 200).send(out.statement); });
  app.get('/service-notices/:id/fee-statement', { ...opts, schema: { tags, params: uuidParam } }, async (req) => fees.statementOf(req.ctx(), req.params.id));
  app.get('/fee-statements', { ...opts, schema: { tags, summary: 'Statements of a property (an organizer: their own unit\'s issued ones); ?unpaid=true', querystring: s.statementQuery } },
    async (req) => fees.listStatements(req.ctx(), req.query));
  app.get('/fee-statements/:id', { ...opts, schema: { tags, params: uuidParam } }, async (req) => fees.getStatement(req.ctx(), req.params.id));
  app.get('/fee-statements/:id/print', { ...opts, schema: { tags, summary: 'Printable 《会议大厦会议费用确认单》, or ?format=xlsx (audited)', params: uuidParam, querystring: s.statementFormat } },
    async (req, reply) => (req.query.format === 'xlsx' ? sendXlsx(reply, await fees.statementXlsx(req.ctx(), req.params.id)) : fees.printStatement(req.ctx(), req.params.id)));
  app.post('/fee-statements/:id/issue', { ...opts, schema: { tags, params: uuidParam } }, async (req) => fees.issueStatement(req.ctx(), req.params.id));
  app.post('/fee-statements/:id/confirm', { ...opts, schema: { tags, summary: "The organizer confirms online, or staff record the responsible person's paper signature", params: uuidParam, body: s.confirmBody } },
    async (req) => fees.confirmStatement(req.ctx(), req.params.id, req.body));
  app.post('/fee-statements/:id/payments', { ...opts, schema: { tags, params: uuidParam, body: s.paymentBody } }, async (req) => fees.recordPayment(req.ctx(), req.params.id, req.body));

  // M7 proxy purchases 《会议采购通知单》
  app.get('/service-notices/:id/purchases', { ...opts, schema: { tags, params: uuidParam } }, async (req) => fees.listPurchases(req.ctx(), req.params.id));
  app.post('/service-notices/:id/purchases', { ...opts, schema: { tags, params: uuidParam, body: s.purchaseBody } }, async (req, reply) => reply.status(201).send(await fees.requestPurchase(req.ctx(), req.params.id, req.body)));
  app.post('/meeting-purchases/:id/complete', { ...opts, schema: { tags, summary: 'Purchased (actual cost, invoice) or cancelled', params: uuidParam, body: s.purchaseDoneBody } },
    async (req) => fees.completePurchase(req.ctx(), req.params.id, req.body));

  // M9 after the meeting
  app.get('/service-notices/:id/after', { ...opts, schema: { tags, summary: 'Cleanup checklist, equipment count, hand-overs and lost property of a meeting', params: uuidParam } },
    async (req) => after.afterOf(req.ctx(), req.params.id));
  app.put('/service-notices/:id/after-check', { ...opts, schema: { tags, params: uuidParam, body: s.afterCheckBody } }, async (req) => after.recordCheck(req.ctx(), req.params.id, req.body));
  app.post('/service-notices/:id/handovers', { ...opts, schema: { tags, summary: 'Log recordings/documents handed to the organizer or the bureau', params: uuidParam, body: s.handoverBody } },
    async (req, reply) => reply.status(201).send(await after.recordHandover(req.ctx(), req.params.id, req.body)));
  app.post('/lost-items', { ...opts, schema: { tags, summary: '《拾遗物品登记表》: register a found item', body: s.lostBody } }, async (req, reply) => reply.status(201).send(await after.registerLost(req.ctx(), req.body)));
  app.get('/lost-items', { ...opts, schema: { tags, querystring: s.lostQuery } }, async (req, reply) => {
    const out = await after.listLost(req.ctx(), req.query);
    return out.buf ? sendXlsx(reply, { filename: out.filename, buf: out.buf }) : out;
  });
  app.post('/lost-items/:id/store', { ...opts, schema: { tags, params: uuidParam, body: s.storeBody } }, async (req) => after.storeLost(req.ctx(), req.params.id, req.body));
  app.post('/lost-items/:id/return', { ...opts, schema: { tags, summary: "Handed back against the owner's signature", params: uuidParam, body: s.returnBody } }, async (req) => after.returnLost(req.ctx(), req.params.id, req.body));

  // M11 attendees, agenda and handbook, QR sign-in
  app.get('/service-notices/:id/page', { ...opts, schema: { tags, summary: 'Agenda, attendee handbook and live sign-in count', params: uuidParam } }, async (req) => att.getPage(req.ctx(), req.params.id));
  app.put('/service-notices/:id/page', { ...opts, schema: { tags, params: uuidParam, body: s.pageBody } }, async (req) => att.updatePage(req.ctx(), req.params.id, req.body));
  app.get('/service-notices/:id/attendees', { ...opts, schema: { tags, params: uuidParam } }, async (req) => att.listAttendees(req.ctx(), req.params.id));
  app.post('/service-notices/:id/attendees', { ...opts, schema: { tags, params: uuidParam, body: s.attendeeBody } }, async (req, reply) => reply.status(201).send(await att.addAttendee(req.ctx(), req.params.id, req.body)));
  app.post('/service-notices/:id/attendees/import', { ...opts, schema: { tags, summary: 'Import an .xlsx (body: the file); all rows or none, errors per row', params: uuidParam } },
    async (req, reply) => {
      if (!Buffer.isBuffer(req.body)) throw errors.of('unsupported_media_type', `请上传 .xlsx 文件（Content-Type: ${XLSX}）`);
      return reply.status(201).send(await att.importAttendees(req.ctx(), req.params.id, req.body));
    });
  app.get('/service-notices/:id/sign-in-code', { ...opts, schema: { tags, summary: 'QR code (SVG and PNG data URLs) of the meeting or of one attendee', params: uuidParam, querystring: s.codeQuery } },
    // The QR holds an absolute link a phone can open: PUBLIC_URL, or the address this request came to.
    async (req) => att.signInCode(req.ctx(), req.params.id, req.query.attendeeId, fastify.config.publicUrl ?? `${req.protocol}://${req.host}`));
  app.post('/service-notices/:id/sign-in-code/revoke', { ...opts, schema: { tags, params: uuidParam } }, async (req) => att.revokeCodes(req.ctx(), req.params.id));
  app.post('/meeting-attendees/:id/sign-in', { ...opts, schema: { tags, summary: 'Sign an attendee in at the desk', params: uuidParam } }, async (req) => att.deskSignIn(req.ctx(), req.params.id));
  // M7 materials
  app.get('/warehouse-items', { ...opts, schema: { tags, querystring: s.propertyQuery } }, async (req) => materials.listItems(req.ctx(), req.query.propertyId));
  app.post('/warehouse-items', { ...opts, schema: { tags, body: s.itemBody } }, async (req, reply) => reply.status(201).send(await materials.createItem(req.ctx(), req.body)));
  app.post('/warehouse-items/:id/restock', { ...opts, schema: { tags, params: uuidParam, body: s.restockBody } }, async (req) => materials.restock(req.ctx(), req.params.id, req.body.qty));
  app.get('/service-notices/:id/materials', { ...opts, schema: { tags, params: uuidParam } }, async (req) => materials.materialsOf(req.ctx(), req.params.id));
  app.post('/service-notices/:id/materials/checkout', { ...opts, schema: { tags, summary: 'Draw materials from the warehouse (422 insufficient_stock)', params: uuidParam, body: s.checkoutBody } },
    async (req) => materials.checkout(req.ctx(), req.params.id, req.body));
  app.post('/service-notices/:id/materials/return', { ...opts, schema: { tags, summary: 'Count back returned and lost materials (422 return_exceeds_checkout)', params: uuidParam, body: s.returnMaterialBody } },
    async (req) => materials.giveBack(req.ctx(), req.params.id, req.body));

  // M6 staffing, M12 授权上岗
  app.get('/staff', { ...opts, schema: { tags, summary: 'Staff of a property with roles and staff records', querystring: s.propertyQuery } }, async (req) => staffing.listStaff(req.ctx(), req.query.propertyId));
  app.put('/staff/:userId/profile', { ...opts, schema: { tags, summary: 'Training, background check (无犯罪记录证明), 授权上岗', params: s.userParam, body: s.profileBody } },
    async (req) => { const { propertyId, ...body } = req.body; return staffing.putProfile(req.ctx(), propertyId, req.params.userId, body); });
  app.post('/staff-rosters/generate', { ...opts, schema: { tags, summary: 'Shifts on working days at the seed-000 hours of each person\'s role', body: s.rosterBody } }, async (req) => staffing.generateRoster(req.ctx(), req.body));
  app.post('/staff-shifts', { ...opts, schema: { tags, summary: 'One shift (overtime on rest days and holidays)', body: s.shiftBody } }, async (req, reply) => reply.status(201).send(await staffing.addShift(req.ctx(), req.body)));
  app.get('/staff-shifts', { ...opts, schema: { tags, querystring: s.shiftQuery } }, async (req) => staffing.listShifts(req.ctx(), req.query));
  app.get('/service-notices/:id/assignments', { ...opts, schema: { tags, params: uuidParam } }, async (req) => staffing.assignmentsOf(req.ctx(), req.params.id));
  app.post('/tasks/:id/assignments', { ...opts, schema: { tags, summary: 'Assign a person (warnings: double_assignment, outside_shift, overtime)', params: uuidParam, body: s.assignBody } },
    async (req, reply) => reply.status(201).send(await staffing.assign(req.ctx(), req.params.id, req.body.userId)));
  app.delete('/tasks/:id/assignments/:userId', { ...opts, schema: { tags, params: s.assignmentParams } }, async (req) => staffing.unassign(req.ctx(), req.params.id, req.params.userId));

  meetingReportsRoutes(fastify); // M10 reports and the satisfaction survey

  const pub = { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } };
  app.get('/public/meeting-sign-in/:token', { ...pub, schema: { tags, summary: 'Public: the meeting, agenda and handbook behind a sign-in code', params: s.tokenParam } }, async (req) => att.publicPage(req.ctx(), req.params.token));
  app.post('/public/meeting-sign-in/:token', { ...pub, schema: { tags, summary: 'Public: sign in with a code (name and phone for a meeting code)', params: s.tokenParam, body: s.publicSignInBody } },
    async (req) => att.publicSignIn(req.ctx(), req.params.token, req.body));
}
