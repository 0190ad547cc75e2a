/** Kept in step with package.json by email.smtp.spec.ts (a JSON import would leave rootDir). */
export const EMAIL_CHANNEL_VERSION = '0.1.0';
export const EMAIL_PLUGIN_ID = 'email';
