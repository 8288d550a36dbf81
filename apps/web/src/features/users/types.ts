import type { Role } from '@hy/contracts';

/** A role in the pickers of the user forms, labelled in the reader's language. */
export type RoleOption = { value: Role; label: string };
