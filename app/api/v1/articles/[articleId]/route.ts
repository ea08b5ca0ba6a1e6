import { apiHandler } from "@/lib/api/v1/api-handler";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiHandler("GET", "/articles/{articleId}");
