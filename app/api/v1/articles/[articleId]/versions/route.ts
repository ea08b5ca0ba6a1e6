import { apiHandler } from "@/lib/api/v1/api-handler";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const POST = apiHandler("POST", "/articles/{articleId}/versions");
