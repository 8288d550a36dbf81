/**
 * A small ECharts wrapper: renders an option, resizes with its box, disposes on unmount. ECharts itself
 * (./echarts, the parts the app uses) loads when the first chart mounts, not with the page.
 */
import { useEffect, useRef } from 'react';
import type { EChartsOption } from 'echarts';
import type { EChartsType } from './echarts';

export function EChart({ option, height = 280 }: { option: EChartsOption; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latest = useRef(option);
  useEffect(() => {
    let gone = false;
    let ro: ResizeObserver | null = null;
    void import('./echarts').then(({ init }) => {
      if (gone || !ref.current) return;
      const c = init(ref.current);
      chart.current = c;
      c.setOption(latest.current, true);
      ro = new ResizeObserver(() => c.resize());
      ro.observe(ref.current);
    });
    return () => {
      gone = true;
      ro?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    latest.current = option;
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={ref} style={{ width: '100%', height }} />;
}
