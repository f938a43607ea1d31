// A small Hangzhou view for the aggregation specs.
import { toCyElements } from './elements';
import { GraphElement } from './types';

const place = (id: string, label: string, level: string) => ({ data: { id, label, type: 'Place', level } });
const rel = (source: string, target: string, type: string, extra: Record<string, unknown> = {}) => ({ data: { id: `${source}-${type}-${target}`, source, target, type, ...extra } });

// 星桥街道 moved from 余杭区 to 临平区 in 2021; 新街街道 sits in 萧山区; 南苑街道 names its district as a property.
export const graph: GraphElement[] = toCyElements([
  place('330100', '杭州市', 'city'),
  place('330110', '余杭区', 'district'),
  place('330113', '临平区', 'district'),
  place('330109', '萧山区', 'district'),
  place('330113004', '星桥街道', 'street'),
  place('330113005', '东湖街道', 'street'),
  place('330109001', '新街街道', 'street'),
  { data: { id: '330113006', label: '南苑街道', type: 'Place', level: 'street', properties: { district: '临平区' } } },
  { data: { id: 'slogan:全域美丽', label: '全域美丽', type: 'Slogan' } },
  { data: { id: '330113004|星动巴士', label: '星动巴士', type: 'Project', properties: { bodyId: '330113004' } } },
  { data: { id: '330113|云尖信息总部', label: '云尖信息总部', type: 'Project' } },
  { data: { id: 'doc1:10', label: '垃圾减量7000吨', type: 'Outcome' } },
  { data: { id: 'doc1', label: '临平区2021年政府工作报告', type: 'Document' } },
  rel('330113004', '330110', 'PART_OF', { until: 2020 }),
  rel('330113004', '330113', 'PART_OF', { since: 2021 }),
  rel('330113005', '330113', 'PART_OF'),
  rel('330109001', '330109', 'PART_OF'),
  rel('330113', '330100', 'PART_OF'),
  rel('330110', '330100', 'PART_OF'),
  rel('330113004', 'slogan:全域美丽', 'ADOPTS'),
  rel('330113005', 'slogan:全域美丽', 'ADOPTS'),
  rel('330109001', 'slogan:全域美丽', 'ADOPTS'),
  rel('330113004|星动巴士', 'doc1:10', 'HAS_OUTCOME'),
  rel('doc1', '330113', 'REPORTS_ON'),
]);

