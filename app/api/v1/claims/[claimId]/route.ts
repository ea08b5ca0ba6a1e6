import { apiHandler } from "@/lib/api/v1/api-handler";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiHandler("GET", "/claims/{claimId}");
export const PATCH = apiHandler("PATCH", "/claims/{claimId}");
export const DELETE = apiHandler("DELETE", "/claims/{claimId}");
