/** Request schemas of incidents during a meeting (M8): the meetings contract's. */
export { incidentReportBody as incidentBody, incidentResolveBody as resolveBody } from '@hy/contracts';
