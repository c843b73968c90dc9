import createNextIntlPlugin from "next-intl/plugin";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Signed CDN URLs are shown as plain <img>; nothing goes through the image optimiser.
  images: { unoptimized: true },
  // Keep request URLs as given. Otherwise Next rewrites any loopback host (127.0.0.1, [::1]) in
  // request.url to "localhost", and Auth.js, which builds the OpenID Connect redirect_uri from
  // request.url, asks the provider for a different redirect_uri than the browser came from
  // (lib/auth/public-request.ts sets the origin the browser used).
  skipProxyUrlNormalize: true,
  // pdfkit reads its font metrics from its own folder at run time; pino and prom-client keep
  // process-wide state that server.mjs shares: load them from node_modules, not bundled copies.
  serverExternalPackages: ["pdfkit", "pino", "prom-client", "redis"],
  // A self-contained server in .next/standalone (scripts/standalone.mjs adds what tracing misses).
  output: "standalone",
};

// next-intl finds the request's language and messages in i18n/request.ts. The messages are
// compiled at build time, so the browser gets a formatter of under a kilobyte instead of an ICU
// parser (figure 7 of `npm run bench`).
const withNextIntl = createNextIntlPlugin({
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

export default withNextIntl(nextConfig);
