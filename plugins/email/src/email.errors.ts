import { PermanentError, RetryableError } from '@signalbox/plugin-sdk';

interface SmtpFailure extends Error {
  code?: string;
  responseCode?: number;
  response?: string;
  permanent?: boolean;
  originalCode?: string;
}

// Certificate problems are configuration (wrong host name, self-signed cert): retrying cannot fix them.
const CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/;
const AUTH_CODES = new Set([530, 534, 535, 538]);

/**
 * nodemailer's error → the SDK taxonomy. SMTP replies follow RFC 5321: 4yz transient → retry, 5yz permanent
 * → fail (nodemailer's `permanent` flag, which treats 503 "bad sequence" as transient). Failed logins (535 and
 * friends, EAUTH/ENOAUTH) are permanent: the password is wrong until someone changes the config. Connection
 * failures, timeouts and DNS errors are retryable; a server that cannot do the required TLS is permanent.
 */
export function smtpError(error: unknown, host: string): Error {
  if (error instanceof PermanentError || error instanceof RetryableError) return error;
  const failure = (error instanceof Error ? error : new Error(String(error))) as SmtpFailure;
  const reply = failure.response ? `: ${failure.response.slice(0, 300)}` : '';
  const statusCode = failure.responseCode;
  const options = { ...(statusCode ? { statusCode } : {}), ...(failure.response ? { responseExcerpt: failure.response.slice(0, 500) } : {}) };
  if (failure.code === 'EAUTH' || failure.code === 'ENOAUTH' || (statusCode !== undefined && AUTH_CODES.has(statusCode))) {
    return new PermanentError(`SMTP ${host}: authentication failed${reply}`, options);
  }
  if (statusCode !== undefined) {
    const permanent = failure.permanent ?? (statusCode >= 500 && statusCode !== 503);
    const text = `SMTP ${host} rejected the message${reply || ` (${statusCode})`}`;
    return permanent ? new PermanentError(text, options) : new RetryableError(text, options);
  }
  if (CERTIFICATE.test(`${failure.originalCode ?? ''} ${failure.code ?? ''}`) || failure.code === 'ETLS' || failure.code === 'EREQUIRETLS') {
    return new PermanentError(`SMTP ${host}: TLS failed (${failure.originalCode ?? failure.code}): ${failure.message}`);
  }
  if (failure.code === 'EENVELOPE' || failure.code === 'ECONFIG') return new PermanentError(`SMTP ${host}: ${failure.message}`);
  return new RetryableError(`SMTP ${host}: ${failure.code ? `${failure.code} ` : ''}${failure.message}`);
}
