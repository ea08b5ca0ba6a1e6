"use client";
import { useParams } from "next/navigation";
import { useEffect, useState } from "react";
import type { ReviewState } from "@/lib/activity/get-review-state";
import type { ClaimView } from "@/lib/claims/claim-view";
import { claimReadUrl, fetchJson } from "./fetch-json";

// Several controls of one open claim ask for the same state: one request per claim revision serves them all.
const cache = new Map<string, Promise<ReviewState | null>>();
const CACHE_SIZE = 50;

function load(articleId: string, claimId: string, key: string): Promise<ReviewState | null> {
  let pending = cache.get(key);
  if (!pending) {
    // A GET, not a server action: the page runs its actions one at a time, and this read would hold up the next write.
    pending = fetchJson<ReviewState>(claimReadUrl(articleId, claimId, "review-state")).then((result) => (result.ok ? result.data : null));
    // A failed load is forgotten so that the next render may try again.
    void pending.then((state) => state === null && cache.delete(key));
    cache.set(key, pending);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  }
  return pending;
}

/**
 * The approval, summary and assignment state of a claim (what ClaimView does not carry), refreshed whenever the
 * claim's revision changes. While a newer revision loads, the previous state stays visible and `stale` is true.
 */
export function useReviewState(claim: ClaimView): { review: ReviewState | null; stale: boolean } {
  const key = `${claim.id}:${claim.revision}`;
  const { articleId } = useParams<{ articleId: string }>();
  const [loaded, setLoaded] = useState<{ key: string; review: ReviewState } | null>(null);
  useEffect(() => {
    let live = true;
    void load(articleId, claim.id, key).then((review) => {
      if (live && review) setLoaded({ key, review });
    });
    return () => {
      live = false;
    };
  }, [articleId, claim.id, key]);
  const review = loaded && loaded.review.claimId === claim.id ? loaded.review : null;
  return { review, stale: loaded?.key !== key };
}
