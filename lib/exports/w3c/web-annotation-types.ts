/** The JSON-LD shapes Factdesk writes (a subset of the W3C Web Annotation model, with Factdesk's source terms). */

export type Agent = { id: string; type: "Person" | "Organization" | "Software"; name: string; homepage?: string };

export type TextualBody = {
  type: "TextualBody";
  purpose: "assessing" | "commenting" | "describing" | "replying";
  value: string;
  format: "text/plain" | "text/html";
  language?: string;
  creator?: Agent;
  created?: string;
  modified?: string;
};

/** The same note in two formats: a reader picks the one it can show. */
export type ChoiceBody = { type: "Choice"; items: TextualBody[] };

export type SourceBody = {
  type: "SpecificResource";
  purpose: "linking" | "describing";
  relation: string;
  source: { id: string; title?: string; publisher?: string };
  creator?: Agent;
  created?: string;
};

export type Body = TextualBody | ChoiceBody | SourceBody;

export type TextQuoteSelectorJson = { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };
/** Offsets in Unicode code points, end exclusive, as the model defines them. */
export type TextPositionSelectorJson = { type: "TextPositionSelector"; start: number; end: number };

export type Target = {
  type: "SpecificResource";
  source: string;
  selector: (TextQuoteSelectorJson | TextPositionSelectorJson)[];
  state?: { type: "TimeState"; sourceDate: string };
};

export type Annotation = {
  id: string;
  type: "Annotation";
  motivation: "assessing";
  created: string;
  modified: string;
  creator: Agent;
  generator: Agent;
  generated: string;
  body: Body[];
  target: Target;
};

export type AnnotationPage = {
  id: string;
  type: "AnnotationPage";
  label: string;
  partOf: { id: string; type: "AnnotationCollection"; label: string; total: number };
  startIndex: number;
  next?: string;
  prev?: string;
  items: Annotation[];
};

export type AnnotationCollection = {
  "@context": readonly unknown[];
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  created?: string;
  creator?: Agent;
  first?: AnnotationPage;
  last?: string;
  /** JSON-LD 1.1 included nodes: the pages after the first, which `next` names but the model cannot nest. */
  "@included"?: AnnotationPage[];
};
