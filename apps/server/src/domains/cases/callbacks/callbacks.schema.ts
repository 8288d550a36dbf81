/** Request schemas of callbacks (S7): the cases contract's callback and rating. */
export { caseCallbackBody as callbackBody, caseRatingBody as ratingBody } from '@hy/contracts';
