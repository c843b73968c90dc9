/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Signed CDN URLs are shown as plain <img>; nothing goes through the image optimiser.
  images: { unoptimized: true },
};

export default nextConfig;
