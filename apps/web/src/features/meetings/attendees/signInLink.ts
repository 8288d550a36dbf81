/** Absolute link of a sign-in code (the server returns the path). */
export const signInLink = (url: string) => (/^https?:/.test(url) ? url : `${window.location.origin}${url}`);
