"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { serverAction } from "@/lib/auth/action";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signIn } from "@/lib/auth/next-auth";

// Sign-in itself: public, the one thing a visitor without a session may do.
export const signInWithPassword = serverAction({ role: "public" }, async (_session, formData: FormData) => {
  const callbackUrl = safeCallbackUrl(formData.get("callbackUrl"));
  try {
    await signIn("credentials", {
      username: formData.get("username"),
      password: formData.get("password"),
      redirectTo: callbackUrl,
    });
  } catch (err) {
    // signIn redirects by throwing; only authentication failures are ours to handle.
    if (!(err instanceof AuthError)) throw err;
    // Blocked is said only after a right password: it tells nothing to someone guessing.
    const code =
      "code" in err && err.code === "rate_limited"
        ? "rate_limited"
        : err.type === "AccessDenied"
          ? "blocked"
          : "invalid";
    // The username comes back to the form (never the password), so only the password is typed again.
    const username = String(formData.get("username") ?? "").slice(0, 128);
    redirect(`/login?${new URLSearchParams({ error: code, callbackUrl, username })}`);
  }
});

export const signInWithOidc = serverAction({ role: "public" }, async (_session, formData: FormData) => {
  await signIn("oidc", { redirectTo: safeCallbackUrl(formData.get("callbackUrl")) });
});
