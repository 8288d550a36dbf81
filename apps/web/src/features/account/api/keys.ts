/** The signed-in user's query key: lib/session.tsx reads GET /auth/me under it. */
export const accountKeys = {
  me: ['me'] as const,
};
