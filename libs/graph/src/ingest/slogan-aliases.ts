import { buildAliasTable } from './canonical-name';

// Long and short forms the reports use for one slogan (canonical name → other forms).
export const SLOGAN_ALIASES = buildAliasTable({
  全域美丽: ['全域美丽大花园'],
  全域治理: ['全域治理现代化'],
  最多跑一次: ['最多跑一次改革', '“最多跑一次”改革'],
  三改一拆: ['三改一拆行动'],
  五水共治: ['五水共治行动'],
  四边三化: ['四边三化行动'],
  亩均论英雄: ['亩均论英雄改革'],
  管理提升年: ['管理提升年活动'],
  大孵化器战略: ['大孵化器'],
  数字经济一号工程: ['数字经济“一号工程”'],
  八八战略: ['“八八战略”'],
});
