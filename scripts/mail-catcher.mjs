#!/usr/bin/env node
// A local mail catcher for the demo and the tests: a real SMTP server on loopback (smtp-server)
// that keeps what it is sent in memory (the last 200, parsed with mailparser), and a page listing
// them: subject, sender, recipients, the plain text, the HTML part in a sandboxed frame, and the
// attachments to download. Nothing leaves the machine. Addresses at refused.example are refused
// (550), as a real server refuses a mailbox that does not exist.
//   node scripts/mail-catcher.mjs [smtpPort=1025] [httpPort=1080]
//   GET / (the page), GET /messages.json, GET /messages/{id}.html, GET /messages/{id}/attachments/{n},
//   DELETE /messages.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

const KEEP = 200;
const esc = (s) =>
  String(s ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
  );

/** Starts both servers on 127.0.0.1; resolves to `{ smtpUrl, pageUrl, messages, close() }`. */
export async function startMailCatcher({ smtpPort = 1025, httpPort = 1080 } = {}) {
  /** @type {{ id: string, receivedAt: string, envelope: { from: string, to: string[] }, mail: import("mailparser").ParsedMail }[]} */
  const messages = [];
  const smtp = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: the app's SMTP_URL says `?starttls=off` for it.
    disabledCommands: ["STARTTLS", "AUTH"],
    size: 25 * 1024 * 1024,
    // A mailbox that does not exist, as a real server answers: any address at refused.example.
    onRcptTo(address, _session, callback) {
      if (/@refused\.example$/i.test(address.address))
        return callback(Object.assign(new Error("5.1.1 Mailbox unavailable"), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.unshift({
            id: randomUUID(),
            receivedAt: new Date().toISOString(),
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            mail,
          });
          messages.length = Math.min(messages.length, KEEP);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise((resolve, reject) => {
    smtp.once("error", reject);
    smtp.listen(smtpPort, "127.0.0.1", resolve);
  });

  const summary = (m) => ({
    id: m.id,
    received_at: m.receivedAt,
    envelope: m.envelope,
    message_id: m.mail.messageId ?? null,
    subject: m.mail.subject ?? "",
    from: m.mail.from?.text ?? "",
    to: m.mail.to ? [m.mail.to].flat().map((a) => a.text) : [],
    cc: m.mail.cc ? [m.mail.cc].flat().map((a) => a.text) : [],
    reply_to: m.mail.replyTo?.text ?? null,
    text: m.mail.text ?? "",
    html: typeof m.mail.html === "string" ? m.mail.html : "",
    attachments: m.mail.attachments.map((a, n) => ({
      filename: a.filename ?? `attachment-${n + 1}`,
      content_type: a.contentType,
      size: a.size,
      url: `/messages/${m.id}/attachments/${n}`,
    })),
  });

  const page = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Mail catcher (${messages.length})</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#f1f5f9;color:#0f172a}
header{background:#1d5fd1;color:#fff;padding:12px 20px} header p{margin:0;font-size:13px;opacity:.9}
main{max-width:1000px;margin:0 auto;padding:16px}
article{background:#fff;border:1px solid #cbd5e1;border-radius:8px;margin:0 0 16px;padding:16px}
h2{margin:0 0 8px;font-size:17px} dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0 0 12px;font-size:14px}
dt{color:#475569} dd{margin:0;word-break:break-all} pre{white-space:pre-wrap;background:#f8fafc;border:1px solid #e2e8f0;padding:8px;font-size:13px}
iframe{width:100%;height:520px;border:1px solid #e2e8f0;background:#fff} details{margin:8px 0}
</style></head><body>
<header><h1 style="margin:0;font-size:18px">Mail catcher</h1><p>Every e-mail the dashboard sends to SMTP ${esc(`127.0.0.1:${smtpPort}`)} lands here, and nowhere else. Newest first.</p></header>
<main>${
    messages.length === 0
      ? "<p>No e-mail yet. Share an evidence link with <strong>Send it by e-mail</strong> from a review page.</p>"
      : messages
          .map(summary)
          .map(
            (m) => `<article data-testid="caught-mail">
<h2>${esc(m.subject)}</h2>
<dl><dt>From</dt><dd>${esc(m.from)}</dd><dt>To</dt><dd>${esc(m.to.join(", "))}</dd>${m.cc.length ? `<dt>Cc</dt><dd>${esc(m.cc.join(", "))}</dd>` : ""}${m.reply_to ? `<dt>Reply-To</dt><dd>${esc(m.reply_to)}</dd>` : ""}<dt>Received</dt><dd>${esc(m.received_at)}</dd><dt>Message-ID</dt><dd>${esc(m.message_id)}</dd>
<dt>Attachments</dt><dd>${m.attachments.map((a) => `<a href="${esc(a.url)}">${esc(a.filename)}</a> (${esc(a.content_type)}, ${Math.round(a.size / 1024)} KB)`).join(", ") || "none"}</dd></dl>
${m.html ? `<iframe title="HTML part of ${esc(m.subject)}" sandbox src="/messages/${esc(m.id)}.html"></iframe>` : ""}
<details><summary>Plain-text part</summary><pre>${esc(m.text)}</pre></details>
</article>`,
          )
          .join("\n")
  }</main></body></html>`;

  const http = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const send = (status, type, body, extra = {}) => {
      res.writeHead(status, { "content-type": type, "cache-control": "no-store", ...extra });
      res.end(body);
    };
    const byId = (id) => messages.find((m) => m.id === id);
    if (req.method === "DELETE" && url.pathname === "/messages") {
      messages.length = 0;
      return send(204, "text/plain", "");
    }
    if (req.method !== "GET") return send(405, "text/plain", "GET only");
    if (url.pathname === "/")
      return send(200, "text/html; charset=utf-8", page(), {
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'",
      });
    if (url.pathname === "/messages.json")
      return send(200, "application/json", JSON.stringify({ messages: messages.map(summary) }));
    let m = /^\/messages\/([0-9a-f-]{36})\.html$/.exec(url.pathname);
    if (m && byId(m[1]))
      // The e-mail's own HTML, as a mail client shows it: no script, nothing loaded from anywhere.
      return send(200, "text/html; charset=utf-8", byId(m[1]).mail.html || "", {
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
      });
    m = /^\/messages\/([0-9a-f-]{36})\/attachments\/(\d+)$/.exec(url.pathname);
    const attachment = m && byId(m[1])?.mail.attachments[Number(m[2])];
    if (attachment)
      return send(200, attachment.contentType, attachment.content, {
        "content-disposition": `attachment; filename="${String(attachment.filename ?? "attachment").replace(/[^\w.-]/g, "_")}"`,
      });
    return send(404, "text/plain", "not found");
  });
  await new Promise((resolve, reject) => {
    http.once("error", reject);
    http.listen(httpPort, "127.0.0.1", resolve);
  });
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}?starttls=off`,
    pageUrl: `http://127.0.0.1:${httpPort}/`,
    messages,
    close: () => Promise.all([new Promise((r) => smtp.close(r)), new Promise((r) => http.close(r))]),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [smtpPort, httpPort] = process.argv.slice(2).map(Number);
  const catcher = await startMailCatcher({ smtpPort: smtpPort || 1025, httpPort: httpPort || 1080 });
  console.log(`Mail catcher: SMTP ${catcher.smtpUrl}, page ${catcher.pageUrl}`);
  const stop = () => catcher.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
