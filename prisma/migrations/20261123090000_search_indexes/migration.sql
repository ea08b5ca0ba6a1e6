-- Full-text search over a team's claims, articles and comments (lib/search/search-team.ts), and the full-text half of
-- the claim library's "checked before" suggestions (lib/library/find-similar-claims.ts).
--
-- Each searched document is a function, and the indexes are on those functions. Why not to_tsvector itself: the
-- planner costs every call of to_tsvector alike (COST 100), whatever the length of the text, so it judged reading a
-- whole team's articles or comments cheaper than the index and parsed every one of them on each search (measured:
-- 100 ms for 50 articles, 85 ms for 3,000 comments). A declared cost near reality keeps these searches on the index:
-- about 60 µs for a claim with its note, milliseconds for an article (search_document also serves titles and comments,
-- for which the index is the better path all the more). PL/pgSQL so that the call is not inlined (its cost would be
-- lost with it); IMMUTABLE, as an index requires.
--
-- These are expression indexes, which the Prisma schema cannot express: they live only in this migration, and
-- prisma/schema.prisma says so beside each model. A query uses one only when it calls the same function on the same
-- columns, e.g. "search_claim_document"(c."exact", c."noteText"). Change both together.

CREATE FUNCTION "search_claim_document"("exact" text, "noteText" text) RETURNS tsvector
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 10000
  AS $$ BEGIN RETURN to_tsvector('english'::regconfig, "exact" || ' ' || "noteText"); END $$;

CREATE FUNCTION "search_document"("body" text) RETURNS tsvector
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 100000
  AS $$ BEGIN RETURN to_tsvector('english'::regconfig, "body"); END $$;

-- Claims: the quoted words and the reviewer's note, searched as one document.
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN ("search_claim_document"("exact", "noteText"));

-- Articles: the title, and the text of each version (the search keeps only the current version's matches).
CREATE INDEX "Article_title_search_idx" ON "Article" USING GIN ("search_document"("title"));
CREATE INDEX "ArticleVersion_text_search_idx" ON "ArticleVersion" USING GIN ("search_document"("text"));

-- Discussion on claims.
CREATE INDEX "ClaimComment_body_search_idx" ON "ClaimComment" USING GIN ("search_document"("body"));
