/**
 * A minimal SMTP server for tests, on 127.0.0.1 only: it accepts every message and keeps it, so a
 * test can read what the app would have e-mailed. No TLS, no authentication (it advertises neither).
 */
import { createServer, type Server } from 'node:net';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The message as sent, quoted-printable soft line breaks and escapes decoded. */
  data: string;
}

const decodeQuotedPrintable = (text: string) =>
  text.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export interface SmtpSink {
  url: string;
  mails: ReceivedMail[];
  /** Resolves with the `count`-th mail once it has arrived. */
  next(count?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  const waiters: { count: number; resolve: (m: ReceivedMail) => void }[] = [];
  const arrived = () => {
    for (const w of [...waiters]) {
      if (mails.length >= w.count) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(mails[w.count - 1]!);
      }
    }
  };
  const server: Server = createServer((socket) => {
    let buffer = '';
    let current: ReceivedMail = { from: '', to: [], data: '' };
    let inData = false;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 sink ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            mails.push({ ...current, data: decodeQuotedPrintable(current.data) });
            current = { from: '', to: [], data: '' };
            reply('250 queued');
            arrived();
          } else current.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        const address = () =>
          line
            .slice(line.indexOf(':') + 1)
            .replace(/[<>]/g, '')
            .trim();
        switch (verb) {
          case 'EHLO':
          case 'HELO':
            reply('250 sink');
            break;
          case 'MAIL':
            current.from = address();
            reply('250 ok');
            break;
          case 'RCPT':
            current.to.push(address());
            reply('250 ok');
            break;
          case 'DATA':
            inData = true;
            reply('354 go ahead');
            break;
          case 'QUIT':
            reply('221 bye');
            socket.end();
            break;
          default:
            reply('250 ok'); // RSET, NOOP
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    next: (count = mails.length + 1) =>
      new Promise((resolve) => {
        waiters.push({ count, resolve });
        arrived();
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
