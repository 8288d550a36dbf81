export { userKeys, type UserFilters } from './keys';
export { usersQuery, userCountQuery } from './listUsers';
export { userQuery } from './getUser';
export { organizationOptionsQuery, type OrganizationOption } from './listOrganizations';
export { createUser, useCreateUser } from './createUser';
export { updateUser, useUpdateUser, type UpdateUserVars } from './updateUser';
export { grantUserRole, useGrantUserRole, type UserRoleVars } from './grantUserRole';
export { revokeUserRole, useRevokeUserRole } from './revokeUserRole';
