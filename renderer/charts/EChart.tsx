// One chart drawn by Apache ECharts with its SVG renderer (no canvas, no eval: the CSP stays strict). The option is
// built by a pure function (renderer/charts/options.ts); this component owns the instance, resizes it with its box
// and says when it has drawn (`data-ready`), which the print route waits for.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import type { ChartOption } from './types';

use([LineChart, BarChart, GridComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

interface Props {
  option: ChartOption;
  height: number;
  testId?: string;
  /** What the chart shows, in words: its accessible name (role="img"). */
  label: string;
  /** Fixed width in px (print); default: the box's width, following resizes. */
  width?: number;
  /** The point whose tooltip to show (keyboard reading), by its axis values [x, y]; null hides it. */
  tip?: [string, number] | null;
}

export function EChart({ option, height, testId, label, width, tip = null }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const instance = init(el, null, { renderer: 'svg', height, ...(width ? { width } : {}) });
    chart.current = instance;
    const observer = width ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [height, width]);
  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    setReady(false);
    instance.setOption(option, { notMerge: true });
    setReady(true);
  }, [option, height, width]);
  useEffect(() => {
    const instance = chart.current;
    if (!instance || !ready) return;
    if (tip === null) {
      instance.dispatchAction({ type: 'hideTip' });
      return;
    }
    // By position, so the axis tooltip finds the point whichever series (actual or projected) holds it.
    const [x, y] = instance.convertToPixel({ xAxisIndex: 0, yAxisIndex: 0 }, tip) as number[];
    instance.dispatchAction({ type: 'showTip', x, y });
  }, [tip, ready, option]);
  return (
    <div
      ref={ref}
      className="echart"
      style={{ height }}
      data-testid={testId}
      data-ready={ready ? 'true' : 'false'}
      role="img"
      aria-label={label}
    />
  );
}
