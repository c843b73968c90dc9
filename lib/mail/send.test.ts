// The claim e-mail through a real SMTP server started here (smtp-server), read back as a mail
// client would (mailparser): recipients, both parts, the link, the attachment, the language; and
// the failures a person must be told about.
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { PDFParse } from "pdf-parse";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { englishForTests, swedishForTests } from "@/lib/i18n/test-translator";
import { composeClaimMail } from "./compose";
import { MailError, sendMail } from "./send";
import type { MailSettings } from "./settings";

const received: { envelope: string[]; mail: ParsedMail }[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("refused@"))
        return callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ envelope: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const settings = (over: Partial<MailSettings> = {}): MailSettings => ({
  host: "127.0.0.1",
  port,
  secure: false,
  requireTLS: false,
  auth: null,
  from: "claims@retailer.example",
  ...over,
});

const facts = {
  company: "Nordic Retail AB",
  shipmentId: "1RT823V93",
  party: "supplier" as const,
  recipient: "Anna <script>alert(1)</script>",
  url: "http://127.0.0.1:3000/s/AbCdEfGhIjKlMnOpQrStUvWxYz012345",
  expiresAt: "2026-12-21T10:00:00.000Z",
  references: ["SUP-2026-0042"],
  totals: new Map([["SEK", 1_295_000]]),
  message: "Hej Anna,\nsee the damaged mugs <script>alert(2)</script>.\r\nBcc: evil@x.example",
  senderName: "Reviewer Rita",
};

async function aPdf(): Promise<Buffer> {
  const { default: PDFDocument } = await import("pdfkit");
  const doc = new PDFDocument();
  doc.text("Claim report: shipment 1RT823V93");
  doc.end();
  const chunks: Buffer[] = [];
  for await (const c of doc) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe("the claim e-mail, sent through a real SMTP server", () => {
  it("arrives with its recipients, both parts carrying the link, the report attached, outside text escaped", async () => {
    const composed = composeClaimMail(englishForTests, "en", facts);
    const { messageId } = await sendMail(settings(), {
      to: ["claims@supplier.example", "anna@supplier.example"],
      cc: ["lead@retailer.example"],
      replyTo: "rita@retailer.example",
      ...composed,
      attachments: [{ filename: "claim-report_1RT823V93.pdf", content: await aPdf(), contentType: "application/pdf" }],
    });
    expect(messageId).toMatch(/^<.+@.+>$/);
    const { envelope, mail } = received.at(-1)!;
    expect(envelope.sort()).toEqual(["anna@supplier.example", "claims@supplier.example", "lead@retailer.example"]);
    expect(mail.messageId).toBe(messageId);
    expect(mail.subject).toBe("Claim for shipment 1RT823V93 (SUP-2026-0042) from Nordic Retail AB");
    expect(mail.from?.text).toBe("claims@retailer.example");
    expect(mail.replyTo?.text).toBe("rita@retailer.example");
    expect(mail.headers.has("bcc")).toBe(false);
    expect(mail.text).toContain(facts.url);
    expect(mail.text).toMatch(/SEK\s12,950\.00/);
    expect(mail.html).toContain(`href="${facts.url}"`);
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.html).not.toMatch(/<img|src="http/);
    const [attachment] = mail.attachments;
    expect(attachment?.contentType).toBe("application/pdf");
    const text = (await new PDFParse({ data: new Uint8Array(attachment!.content) }).getText()).text;
    expect(text).toContain("Claim report: shipment 1RT823V93");
  });

  it("speaks Swedish for a Swedish link", async () => {
    await sendMail(settings(), {
      to: ["a@x.example"],
      cc: [],
      replyTo: null,
      ...composeClaimMail(swedishForTests, "sv", facts),
      attachments: [],
    });
    const { mail } = received.at(-1)!;
    expect(mail.subject).toBe("Reklamation för leverans 1RT823V93 (SUP-2026-0042) från Nordic Retail AB");
    expect(mail.text).toMatch(/12\s950,00\skr/);
    expect(mail.text).toContain("Länken fungerar till: 21 december 2026");
    expect(mail.html).toContain("Visa underlaget");
  });

  it("says in words why a recipient was refused, a server was not there, or offered no encryption", async () => {
    const m = {
      to: ["refused@x.example"],
      cc: [],
      replyTo: null,
      subject: "s",
      text: "t",
      html: "<p>t</p>",
      attachments: [],
    };
    await expect(sendMail(settings(), m)).rejects.toThrow(MailError);
    await expect(sendMail(settings(), m)).rejects.toThrow(/refused .*Mailbox unavailable|refused refused@x\.example/);
    const closed = settings({ port: 1 });
    await expect(sendMail(closed, { ...m, to: ["a@x.example"] })).rejects.toThrow(/could not be reached/);
    await expect(sendMail(settings({ requireTLS: true }), { ...m, to: ["a@x.example"] })).rejects.toThrow(
      /offers no encryption/,
    );
  });
});
