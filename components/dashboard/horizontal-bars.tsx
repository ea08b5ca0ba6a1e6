import styles from "./dashboard.module.css";

export type Bar = { key: string; label: string; value: number; color: string };

const WIDTH = 480;
const LABEL = 140;
const VALUE = 48;
const ROW = 28;

/** Labelled horizontal bars as inline SVG; the caller's aria-label and the hidden table carry the numbers. */
export function HorizontalBars({ bars, ariaLabel, caption }: { bars: Bar[]; ariaLabel: string; caption: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const span = WIDTH - LABEL - VALUE;
  return (
    <>
      <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`} role="img" aria-label={ariaLabel}>
        {bars.map((bar, i) => {
          const y = i * ROW;
          const width = (bar.value / max) * span;
          return (
            <g key={bar.key}>
              <text className={styles.chartLabel} x={0} y={y + ROW / 2 + 4}>
                {bar.label.length > 22 ? `${bar.label.slice(0, 21)}…` : bar.label}
              </text>
              <rect x={LABEL} y={y + 5} width={span} height={ROW - 10} fill="#eef0f2" rx={3} />
              {width > 0 && <rect x={LABEL} y={y + 5} width={width} height={ROW - 10} fill={bar.color} rx={3} />}
              <text className={styles.chartValue} x={WIDTH - VALUE + 8} y={y + ROW / 2 + 4}>
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.label}</th>
              <td>{bar.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
