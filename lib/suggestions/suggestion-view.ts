/** A suggested claim as the review page shows it. Offsets are into the version's text, as for claims. */
export type SuggestionView = {
  id: string;
  start: number;
  end: number;
  score: number;
  hedge: string | null;
  quote: string;
};
