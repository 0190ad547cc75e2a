import { runChannelContractTests } from '@signalbox/plugin-sdk/testing';
import email from './index.js';

// SMTP is not HTTP: the kit runs its definition and format checks; email.smtp.spec.ts covers the transport.
runChannelContractTests(email, {
  validConfig: () => ({ host: 'smtp.example.com', from: 'alerts@example.com', to: 'oncall@example.com', auth: { user: 'signalbox', password: 'contract-smtp-password' } }),
  http: false,
});
