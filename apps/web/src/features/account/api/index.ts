export { accountKeys } from './keys';
export { changePassword, useChangePassword } from './changePassword';
export { login, useLogin } from './login';
export { changeLocale, useChangeLocale } from './changeLocale';
