// A page that only says something: a heading, a sentence and one way on. Standalone pages (no
// dashboard header around them) name the app above the heading. Server component.
import Link from "next/link";

export function Notice({
  appName,
  title,
  body,
  link,
}: {
  /** Given on a standalone page: shown above the heading, and the page is its own <main>. */
  appName?: string;
  title: string;
  body: string;
  link: { href: string; text: string };
}) {
  const content = (
    <>
      {appName && <p className="font-semibold text-brand-900">{appName}</p>}
      <h1 className={`${appName ? "mt-4 " : ""}text-2xl font-semibold`}>{title}</h1>
      <p className="mt-2 text-slate-600">{body}</p>
      <Link href={link.href} className="mt-4 inline-block font-medium text-brand-700 underline">
        {link.text}
      </Link>
    </>
  );
  return appName ? (
    <main className="mx-auto max-w-xl px-4 py-16">{content}</main>
  ) : (
    <div className="max-w-xl py-8">{content}</div>
  );
}
