-- CreateEnum
CREATE TYPE "AnchorState" AS ENUM ('ANCHORED', 'MOVED', 'NEEDS_REVIEW', 'ORPHANED');

-- AlterEnum
ALTER TYPE "ClaimEventKind" ADD VALUE 'REANCHORED';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "anchorState" "AnchorState" NOT NULL DEFAULT 'ANCHORED';

-- CreateTable
CREATE TABLE "ClaimPlacement" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "state" "AnchorState" NOT NULL,
    "start" INTEGER,
    "end" INTEGER,
    "score" DOUBLE PRECISION NOT NULL,
    "candidateStart" INTEGER,
    "candidateEnd" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimPlacement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimPlacement_versionId_idx" ON "ClaimPlacement"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimPlacement_claimId_versionId_key" ON "ClaimPlacement"("claimId", "versionId");

-- AddForeignKey
ALTER TABLE "ClaimPlacement" ADD CONSTRAINT "ClaimPlacement_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimPlacement" ADD CONSTRAINT "ClaimPlacement_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ArticleVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
