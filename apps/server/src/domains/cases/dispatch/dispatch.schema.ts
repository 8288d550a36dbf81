/** Request schemas of dispatch (S5): the cases contract's (dispatch, dispatch rules, transfer and hand-back). */
export {
  propertyIdQuery as propertyQuery,
  caseDispatchBody as dispatchBody,
  dispatchRulesBody,
  workOrderTransferBody as transferBody,
  workOrderHandBackBody as handBackBody,
} from '@hy/contracts';
