/**
 * Running totals over time, one line per direction with its low–high band, drawn by Observable
 * Plot. Plot is loaded on first use, so pages without a chart never fetch it. The chart is a
 * picture for sighted readers; the same numbers are in a table beside it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface SeriesPoint {
  /** First day of the month, UTC. */
  date: Date;
  series: string;
  low: number;
  best: number;
  high: number;
}

export type Scale = 'linear' | 'log';

type PlotModule = typeof import('@observablehq/plot');
let plotModule: Promise<PlotModule> | null = null;
/** Starts loading Plot (a page about to draw a chart calls it early, beside its data requests). */
export const loadPlot = () => (plotModule ??= import('@observablehq/plot'));

const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function RunningChart(props: { points: SeriesPoint[]; scale: Scale; label: string; onDrawn?: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const seen = new ResizeObserver(([entry]) => entry && setWidth(Math.round(entry.contentRect.width)));
    seen.observe(el);
    return () => seen.disconnect();
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!el || width === 0) return;
    let cancelled = false;
    loadPlot().then(
      (Plot) => {
        if (cancelled) return;
        // A log scale has no zero: points at zero are left out rather than drawn at a made-up value.
        const points = props.scale === 'log' ? props.points.filter((p) => p.best > 0).map((p) => ({ ...p, low: Math.max(p.low, 1), high: Math.max(p.high, 1) })) : props.points;
        const chart = Plot.plot({
          width,
          height: Math.max(240, Math.min(380, Math.round(width * 0.45))),
          marginLeft: 56,
          marginRight: 16,
          style: { fontSize: '13px', background: 'transparent' },
          x: { type: 'utc', label: null },
          y: { type: props.scale, label: props.label, grid: true, tickFormat: (v: number) => fmt.format(v), ...(props.scale === 'log' ? {} : { zero: true }) },
          color: { legend: true, type: 'categorical', scheme: 'tableau10' },
          marks: [
            Plot.areaY(points, { x: 'date', y1: 'low', y2: 'high', fill: 'series', fillOpacity: 0.18, curve: 'step-after' }),
            Plot.lineY(points, { x: 'date', y: 'best', stroke: 'series', strokeWidth: 2, curve: 'step-after' }),
            Plot.tip(
              points,
              Plot.pointerX({
                x: 'date',
                y: 'best',
                stroke: 'series',
                title: (p: SeriesPoint) => `${p.series}\n${p.date.toISOString().slice(0, 7)}: ${fmt.format(p.best)}${p.low !== p.best || p.high !== p.best ? ` (${fmt.format(p.low)}–${fmt.format(p.high)})` : ''}`,
              }),
            ),
          ],
        });
        chart.setAttribute('aria-hidden', 'true');
        el.replaceChildren(chart);
        props.onDrawn?.();
      },
      (err: Error) => !cancelled && setFailed(`The chart could not be drawn (${err.message}); the table below has the same figures.`),
    );
    return () => {
      cancelled = true;
    };
  }, [props.points, props.scale, width]);

  return (
    <>
      <div class="chart" ref={box} />
      {failed && <p class="error">{failed}</p>}
    </>
  );
}
