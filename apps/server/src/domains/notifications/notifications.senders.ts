import nodemailer from 'nodemailer';
import type { Config } from '../../config.ts';

export interface OutboundMessage {
  channel: 'email' | 'sms' | 'webhook';
  recipient: string;
  subject?: string | null;
  body: string;
  payload?: Record<string, unknown> | null;
}
export interface Sender {
  send(msg: OutboundMessage): Promise<void>;
}

/** Default: writes the message to the log (and keeps the last ones for inspection). */
export class LogSender implements Sender {
  readonly sent: OutboundMessage[] = [];
  constructor(private log: (obj: object, msg: string) => void) {}
  async send(msg: OutboundMessage) {
    this.sent.push(msg);
    if (this.sent.length > 200) this.sent.shift();
    this.log({ channel: msg.channel, recipient: msg.recipient, subject: msg.subject }, 'outbound message (log sender)');
  }
}

export class SmtpSender implements Sender {
  private transport;
  constructor(
    url: string,
    private from: string,
  ) {
    this.transport = nodemailer.createTransport(url);
  }
  async send(msg: OutboundMessage) {
    await this.transport.sendMail({ from: this.from, to: msg.recipient, subject: msg.subject ?? '', text: msg.body });
  }
}

/** WeCom/DingTalk-style robot webhook: POST {msgtype:'text', text:{content}}. */
export class WebhookSender implements Sender {
  constructor(private defaultUrl?: string) {}
  async send(msg: OutboundMessage) {
    const url = /^https?:\/\//.test(msg.recipient) ? msg.recipient : this.defaultUrl;
    if (!url) throw new Error('no webhook URL configured');
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ msgtype: 'text', text: { content: msg.subject ? `${msg.subject}\n${msg.body}` : msg.body } }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`webhook answered ${res.status}`);
  }
}

export type Senders = Record<OutboundMessage['channel'], Sender>;

/** Log senders unless SMTP_URL / WEBHOOK_URL configure real ones. SMS goes to the log until a gateway is plugged in. */
export function sendersFromConfig(config: Config, log: (obj: object, msg: string) => void): Senders {
  const logSender = new LogSender(log);
  return {
    email: config.smtpUrl ? new SmtpSender(config.smtpUrl, config.mailFrom) : logSender,
    sms: logSender,
    webhook: config.webhookUrl ? new WebhookSender(config.webhookUrl) : logSender,
  };
}
