import type { OutcomeStatus } from '@policy-graph/model';
import type { RuleId } from '../rules';

// Cue words, checked in this order; the clause around the number is searched.
const PROGRESS = /(工程量|总进度|进度|形象进度)[^，。；]{0,4}$|(完成|已完成)[^，。；]{0,3}(工程量|总进度|进度)|续建|正在|正处于|在建/;
const TARGET = /力争|计划|争取|确保(?!了)|目标|将|(?:^|[^重主需必纲])要(?![求点素闻])|拟|谋划|年内|不低于|不少于|不小于|不超过|以内|力求|努力|启动建设|新建/;
const ACHIEVED = /实现|完成|已|累计|共计|共|达到|建成|增长|下降|提高|同比|比上年|减少|增加|新增|引进|培育|创建|获得|获评|荣获|通过|拆除|清除|处置|整改|办结|走访|接收|兑现|组建|征集|投用|启用|启动|开通|落成|划分|排查|采集|发现|发出|立案|结案|恢复|招引|引育|为|有/;
const INPUT_CUE = /投入|投资|注资|资金|基金|经费|补助|补贴|补偿|拨付|筹集|救助|慰问|奖励|出资|融资|支出|发放|投放|减税|降费|减免|贴息|担保|债券|国债|消费券/;
// economic indicators that contain an input word but report a result: 固定资产投资, 实际利用外资
const INDICATOR = /固定资产投资|利用外资|利用内资|引资|引进|到位|进出口|外贸|社会消费品|存款|贷款余额|签约/;
// in a review, only these announce an aim; in a plan, only these report a result
// 争取专项债券, 计划总投资 in a review report what was obtained or planned before, not an aim
const STRONG_AIM = /力争|确保(?!了)|拟/;
// 达产后将创造70亿元年产值: what a project will bring, in a review too
const FUTURE_RESULT = /将(?:创造|实现|达到|带动|新增|形成|建成|完成|超过|突破)/;
const STRONG_PAST = /已经|已|累计|去年|上年|过去|同比|完成了|实现了|比上年/;
const MONEY = /元$|^万$|^亿$|^千万$|^百万$/;

export type DocumentTense = 'plan' | 'report';

const COUNT_OF_WORKS = /^(个|项|座|所|件|家|条|幢|栋|套|处|批)$/;
const WORKS_UNDER_WAY = /开工|开建|启动|加快推进|加快建设|扎实推进|推进|在谈|谋划|筹建|在建|续建|施工/;
const WORKS_DONE = /建成|竣工|投用|投入使用|投产|通车|开通|落成|交付|验收|完工|办结|完成(?!投资)|新增|累计/;

// 加快, 推进, 做好 describe work in reviews as often as in plans: they say nothing of tense
export const FUTURE_WORDS = /力争|计划|争取|确保(?!了)|将|要|年内|今年|拟|着力|加快推进|启动实施|谋划/g;
const REVIEW_TITLE = /总结|回顾|简报|成效|综述|(?<!工作)报告/;
const PLAN_TITLE = /计划|打算|要点|安排|思路|方案/;
// 实现, 完成, 建成 state aims in a plan as often as results in a review: only words of the past count
export const PAST_WORDS = /已|累计|同比|去年|上年|上半年|比上年|成功|荣获|获评|三年来|以来|了/g;

/** Whether a document mostly plans work ahead or reports work done. */
export function documentTense(text: string): DocumentTense {
  // the title says what a document is: 西区街道2024年工作总结 reports, 2025年工作要点 plans
  const title = text.slice(0, text.search(/\n|$/)).slice(0, 60);
  if (REVIEW_TITLE.test(title)) return 'report';
  if (PLAN_TITLE.test(title)) return 'plan';
  const future = text.match(FUTURE_WORDS)?.length ?? 0;
  const past = text.match(PAST_WORDS)?.length ?? 0;
  // plans name the future many times and the past almost never; reviews mix both
  return future >= 8 && future > past * 4 ? 'plan' : 'report';
}

/**
 * Status of an outcome from the words of its clause: `before` runs from the clause start to the
 * number, `after` from the unit to the clause end; the sentence prefix is a weaker fallback.
 */
export interface StatusDecision {
  status: OutcomeStatus;
  rule: RuleId;
}

export function classifyStatus(
  unit: string,
  before: string,
  after: string,
  sentenceBefore: string,
  tense: DocumentTense,
  inCompletionCell: boolean,
  sectionTense: DocumentTense | null = null,
): StatusDecision {
  const clause = before + '|' + after;
  // 信贷投放力争超过1000亿元: money a body strives to put in is an aim
  if (MONEY.test(unit) && (INPUT_CUE.test(before) || INPUT_CUE.test(after.slice(0, 16))) && !INDICATOR.test(before) && !/力争|确保(?!了)/.test(before)) return { status: 'input', rule: 'status.input' };
  if (unit.endsWith('%') && PROGRESS.test(before)) return { status: 'in_progress', rule: 'status.progress' };
  // …遗留问题正在逐步解决: what the figure counts is still being worked on
  // 全年新建续建项目100个以上: in a plan, works new and carried on counted together, or at least so many, are an aim
  const planned = sectionTense === 'plan' || (sectionTense === null && tense === 'plan');
  const aimedCount = planned && (/新建/.test(before) || /^以上/.test(after) || STRONG_AIM.test(before));
  if ((aimedCount ? /正在|在建|推进中/ : /继续推进|续建|正在|在建|推进中/).test(before) || /^[^，。；]{0,16}正在/.test(after) || (tense === 'report' && /推进|进行/.test(before) && !/已/.test(before))) return { status: 'in_progress', rule: 'status.progress' };
  // 32个项目开工建设, 推进464个重点项目建设, 9个项目已开工启动: works counted as begun or under way
  if (sectionTense !== 'plan' && tense === 'report' && COUNT_OF_WORKS.test(unit) && WORKS_UNDER_WAY.test(clause) && !WORKS_DONE.test(clause) && !STRONG_AIM.test(before)) return { status: 'in_progress', rule: 'status.works-under-way' };
  if (inCompletionCell) return { status: ACHIEVED.test(clause) || !TARGET.test(clause) ? 'achieved' : 'target', rule: 'status.completion-cell' };
  if (sectionTense === 'plan') return STRONG_PAST.test(before) ? { status: 'achieved', rule: 'status.plan-past-cue' } : { status: 'target', rule: 'status.plan-section' };
  if (sectionTense === 'report') return STRONG_AIM.test(before) || /力争|确保/.test(after) ? { status: 'target', rule: 'status.review-aim-cue' } : { status: 'achieved', rule: 'status.review-section' };
  // a plan without headings (an excerpt of its plan part): what it says it will complete are aims
  // (实现垃圾减量7000吨，同比减量16.9%: a figure compared with last year's is a result)
  if (tense === 'plan' && !STRONG_PAST.test(before) && !STRONG_PAST.test(sentenceBefore) && !/同比|比上年|较上年/.test(after.slice(0, 12)) && !/继续推进|续建|正在|在建/.test(before)) return { status: 'target', rule: 'status.document-tense' };
  // in a review, 计划, 新建, 启动 describe work done (完成计划的138%); only a strong aim is an aim
  const aim = tense === 'report' ? STRONG_AIM.test(before) || FUTURE_RESULT.test(before) || /不低于|不少于|不小于|不超过/.test(before) || /力争|确保|以内/.test(after) : TARGET.test(before) || /力争|计划|将|确保/.test(after);
  if (aim) return { status: 'target', rule: 'status.target-cue' };
  if (ACHIEVED.test(before)) return { status: 'achieved', rule: 'status.achieved-cue' };
  if (tense === 'plan' ? TARGET.test(sentenceBefore) : STRONG_AIM.test(sentenceBefore)) return { status: 'target', rule: 'status.sentence-target' };
  if (/实现|完成|累计|已/.test(sentenceBefore)) return { status: 'achieved', rule: 'status.sentence-achieved' };
  return { status: tense === 'plan' ? 'target' : 'achieved', rule: 'status.document-tense' };
}
