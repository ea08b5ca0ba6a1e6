"use client";
import type { SuggestionView } from "@/lib/suggestions/suggestion-view";
import { VirtualList } from "./virtual-list";

const excerpt = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max).trimEnd()}…` : text);
const percent = (score: number) => Math.round(score * 100);
const keyOf = (s: SuggestionView) => s.id;
// Quote at about 44 characters a line in the 400 px panel, plus the score line and the hedge line when there is one.
const estimateHeight = (s: SuggestionView) => 46 + 24 * Math.ceil((Math.min(s.quote.length, 121) + 2) / 44) + (s.hedge ? 22 : 0);

function Score({ score }: { score: number }) {
  return (
    <span className="suggestion-score">
      <span className="suggestion-score__bar" aria-hidden="true">
        <span style={{ width: `${percent(score)}%` }} />
      </span>
      Check-worthiness {percent(score)}%
    </span>
  );
}

function HedgeNote({ hedge }: { hedge: string }) {
  return <span className="suggestion-hedge">Likely unsourced: leans on “{hedge}”</span>;
}

export type SuggestionsPanelProps = {
  ranked: SuggestionView[];
  active: SuggestionView | null;
  canWrite: boolean;
  busy: boolean;
  showInText: boolean;
  onShowInText(show: boolean): void;
  onSelect(id: string | null): void;
  onAccept(s: SuggestionView): void;
  onDismiss(s: SuggestionView): void;
};

/** The Suggested tab: the sentence being looked at with Accept and Dismiss, then every suggestion by score. */
export function SuggestionsPanel(props: SuggestionsPanelProps) {
  const { ranked, active } = props;
  return (
    <div className="suggestions">
      <p className="muted suggestions__intro">
        Sentences Factdesk thinks worth checking, most check-worthy first. They are only suggestions: accept one to make it an Unreviewed
        claim, or dismiss it for the whole team.
      </p>
      <label className="check suggestions__toggle">
        <input type="checkbox" checked={props.showInText} onChange={(e) => props.onShowInText(e.target.checked)} />
        Underline suggestions in the article
      </label>
      {active && (
        <section className="suggestion-card" aria-label="Suggested claim">
          <div className="suggestion-card__head">
            <span className="suggestion-tag">Suggested</span>
            <button type="button" className="button button--ghost button--small" onClick={() => props.onSelect(null)} aria-label="Close the suggestion">
              Close <kbd>Esc</kbd>
            </button>
          </div>
          <blockquote className="suggestion-card__quote">“{active.quote}”</blockquote>
          <Score score={active.score} />
          {active.hedge && <HedgeNote hedge={active.hedge} />}
          {props.canWrite ? (
            <div className="button-row">
              <button type="button" className="button button--primary" disabled={props.busy} onClick={() => props.onAccept(active)}>
                Accept as claim <kbd>A</kbd>
              </button>
              <button type="button" className="button" disabled={props.busy} onClick={() => props.onDismiss(active)}>
                Dismiss <kbd>X</kbd>
              </button>
            </div>
          ) : (
            <p className="muted">Viewers can read suggestions; reviewers and editors accept or dismiss them.</p>
          )}
        </section>
      )}
      {ranked.length === 0 ? (
        <p className="muted panel-empty">No suggestions left. Every sentence worth checking is a claim or was dismissed.</p>
      ) : (
        <VirtualList
          className="claim-list suggestion-list"
          label="Suggested claims"
          items={ranked}
          keyOf={keyOf}
          estimateHeight={estimateHeight}
          renderItem={(s) => (
            <button
              type="button"
              className={`claim-row suggestion-row${s.id === active?.id ? " claim-row--active" : ""}`}
              aria-current={s.id === active?.id ? "true" : undefined}
              onClick={() => props.onSelect(s.id)}
            >
              <Score score={s.score} />
              <span className="claim-row__quote">“{excerpt(s.quote)}”</span>
              {s.hedge && <HedgeNote hedge={s.hedge} />}
            </button>
          )}
        />
      )}
    </div>
  );
}
