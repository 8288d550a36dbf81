/** The option of a horizontal bar chart: categories down the side (first on top), bars across, the legend on top. */
import type { EChartsOption } from 'echarts';

export interface HBarSeries {
  name: string;
  data: number[];
  color: string;
  /** the value beside each bar */
  label?: boolean;
}

export function hbarOption(o: {
  categories: string[];
  series: HBarSeries[];
  barMaxWidth: number;
  /** the grid's right margin, room for the labels */
  right: number;
  /** truncate the category names to this width */
  labelWidth?: number;
  minInterval?: number;
  valueFormatter?: (v: unknown) => string;
}): EChartsOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, ...(o.valueFormatter ? { valueFormatter: o.valueFormatter } : {}) },
    legend: { top: 0 },
    grid: { left: 8, right: o.right, top: 30, bottom: 8, containLabel: true },
    xAxis: { type: 'value', ...(o.minInterval ? { minInterval: o.minInterval } : {}) },
    yAxis: {
      type: 'category',
      inverse: true,
      data: o.categories,
      ...(o.labelWidth ? { axisLabel: { width: o.labelWidth, overflow: 'truncate' as const } } : {}),
    },
    series: o.series.map((s) => ({
      type: 'bar' as const,
      name: s.name,
      data: s.data,
      itemStyle: { color: s.color },
      barMaxWidth: o.barMaxWidth,
      ...(s.label ? { label: { show: true, position: 'right' as const } } : {}),
    })),
  };
}
