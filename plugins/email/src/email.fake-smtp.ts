import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface FakeSmtp {
  port: number;
  mails: ParsedMail[];
  /** The raw bytes of each message, as received. */
  raw: string[];
  close(): Promise<void>;
}

type SmtpReject = Error & { responseCode?: number };
const reject = (code: number, text: string): SmtpReject => Object.assign(new Error(text), { responseCode: code });

/**
 * A real SMTP server (nodemailer's smtp-server) on 127.0.0.1 that parses every message with mailparser.
 * `auth` requires that login; `rejectRcpt` / `rejectData` answer RCPT TO / DATA with the given reply code.
 */
export async function startFakeSmtp(options: { auth?: { user: string; password: string }; rejectRcpt?: number; rejectData?: number; extra?: SMTPServerOptions } = {}): Promise<FakeSmtp> {
  const mails: ParsedMail[] = [];
  const raw: string[] = [];
  const server = new SMTPServer({
    // Plain TCP: the test exercises SMTP itself; TLS is nodemailer's and Node's business.
    disabledCommands: options.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !options.auth,
    logger: false,
    onAuth(auth, _session, callback) {
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.password) return callback(null, { user: auth.username });
      callback(reject(535, '5.7.8 Authentication credentials invalid'));
    },
    onRcptTo(_address, _session, callback) {
      callback(options.rejectRcpt ? reject(options.rejectRcpt, options.rejectRcpt >= 500 ? '5.1.1 Mailbox unavailable' : '4.7.1 Try again later') : undefined);
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (options.rejectData) return callback(reject(options.rejectData, '4.3.0 Temporary system problem, try again'));
        const source = Buffer.concat(chunks);
        raw.push(source.toString('utf8'));
        simpleParser(source).then((mail) => (mails.push(mail), callback()), callback);
      });
    },
    ...options.extra,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    mails,
    raw,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
