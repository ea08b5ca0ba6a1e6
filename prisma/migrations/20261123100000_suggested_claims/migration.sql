-- CreateEnum
CREATE TYPE "SuggestionState" AS ENUM ('OPEN', 'ACCEPTED', 'DISMISSED');

-- AlterTable
ALTER TABLE "ArticleVersion" ADD COLUMN     "suggestionsScoredAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SuggestedClaim" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "hedge" TEXT,
    "state" "SuggestionState" NOT NULL DEFAULT 'OPEN',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "claimId" TEXT,

    CONSTRAINT "SuggestedClaim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SuggestedClaim_versionId_state_idx" ON "SuggestedClaim"("versionId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "SuggestedClaim_versionId_start_end_key" ON "SuggestedClaim"("versionId", "start", "end");

-- AddForeignKey
ALTER TABLE "SuggestedClaim" ADD CONSTRAINT "SuggestedClaim_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ArticleVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestedClaim" ADD CONSTRAINT "SuggestedClaim_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
