// Rendered per request, as every page of the product is (each carries its response's CSP nonce).
export const dynamic = "force-dynamic";

/** The sign-in page's content without our layout, styles or scripts. */
export default function Page() {
  return (
    <main>
      <h1>Shipment Photo Review</h1>
      <p>Sign in to review the photos of received shipments.</p>
      <form method="post">
        <label>
          Username <input name="username" autoComplete="username" required />
        </label>
        <label>
          Password <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}
