/**
 * ECharts as the app uses it: only the chart types and components its charts set (bar, line, pie; grid,
 * tooltip, legend, title, mark lines), drawn on canvas. Imported lazily by EChart, so a page loads it only
 * when it shows a chart. A chart that needs another type or component registers it here.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export const init = echarts.init;
export type EChartsType = echarts.EChartsType;
