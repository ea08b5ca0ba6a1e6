import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// NextAuth parses and validates its own requests (CSRF token, provider ids, credentials via verifyCredentials).
const handler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) =>
  NextAuth(authOptions())(request, context);

export { handler as GET, handler as POST };
