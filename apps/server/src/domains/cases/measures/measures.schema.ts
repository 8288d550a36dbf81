/** Request schemas of the measures (S10): the cases contract's quarter query and corrective action. */
export { reportQuarterQuery as quarterQuery, correctiveActionBody as correctiveBody } from '@hy/contracts';
