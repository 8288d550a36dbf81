/** The desk queue's query keys, and the live topics that change it (any visit, mail item, message or loan). */
const all = ['front-desk', 'queue'] as const;
export const queueKeys = {
  all,
  of: (pid: string | null) => [...all, pid] as const,
};
export const QUEUE_LIVE_TOPICS = ['visit.', 'mail.', 'message.', 'loan.'] as const;
