/** The mail room's data layer. */
export * from './keys';
export * from './listMail';
export * from './writeMail';
export * from './records';

/** Live topics of mail items (every write publishes `mail.<what>` for the item). */
export const MAIL_LIVE_TOPICS = ['mail.'] as const;
