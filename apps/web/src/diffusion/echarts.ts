// Only the parts of echarts the diffusion view draws with: a map, lines, their axes, tooltips and
// legend, on canvas. The rest of echarts stays out of the bundle; this module is loaded (its own
// chunk) when a diffusion is first drawn.
import * as echarts from 'echarts/core';
import { LineChart, MapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([MapChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

export { echarts };
export type ECharts = ReturnType<typeof echarts.init>;
