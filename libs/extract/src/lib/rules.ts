// Every rule that produces a fact, with the share of its facts that are right on the evaluation
// set: `kg eval --gold eval/gold` and `--gold eval/seeds` print each rule's facts and precision;
// the confidence is (right + 1) / (facts + 2) over both, rounded down to 0.05 and capped at 0.95,
// so a rule seen on few facts is not trusted more than its count allows. Rules that fired on no
// evaluation document keep a cautious prior. A reviewer sorts by it; `kg eval` checks that facts
// at 0.8 or more are right at least 85% of the time.
export const RULES = {
  'slogan.quoted': { confidence: 0.95, what: 'a quoted phrase classified as a slogan' },
  'slogan.launched': { confidence: 0.95, what: 'a quoted phrase right after the body that launched it (区委“…”)' },
  'slogan.campaign': { confidence: 0.90, what: 'a widely used national or provincial campaign named without quotes' },
  'slogan.strategy': { confidence: 0.85, what: 'X战略 after a verb of carrying out (实施…战略)' },
  'slogan.programme': { confidence: 0.95, what: 'a programme named after a verb of carrying it out (实施…计划, 打好…攻坚战)' },
  'slogan.place-brand': { confidence: 0.90, what: 'a quality word and a place name (数字福建, 清廉湖州)' },
  'slogan.strong-body': { confidence: 0.85, what: 'a means and the body it strengthens (经济强省, 产业强镇, 科教兴市)' },
  'slogan.list-item': { confidence: 0.65, what: 'an item of a quoted slogan list sharing its ending (…突破年、…加速年)' },
  'slogan.numbered': { confidence: 0.80, what: 'an unquoted numbered framing (一轴两廊三区)' },
  'slogan.counted': { confidence: 0.90, what: 'a counted programme written without quotes (十大绿色生态产业, 五大攻坚行动)' },
  'slogan.counted-list': { confidence: 0.85, what: 'a counted phrase right after a list of as many items (A、B、C、D四个示范区)' },
  'slogan.position': { confidence: 0.75, what: 'the kind of city a body sets out to become (打造创新型中心城市)' },
  'slogan.construction': { confidence: 0.80, what: 'a named construction carried out more than once (推进秦岭山水乡村建设 … 秦岭山水乡村建设)' },
  'slogan.heading-phrase': { confidence: 0.75, what: 'a phrase of a heading repeated in the text' },
  'slogan.heading-part': { confidence: 0.90, what: 'a part of a numbered slogan named by a section heading' },
  'project.quoted': { confidence: 0.85, what: 'a quoted name followed by or ending in a project head' },
  'project.head': { confidence: 0.85, what: 'a noun phrase ending in a facility or project head' },
  'project.shared-head': { confidence: 0.75, what: 'an item of a list that shares the head of a named project (福州、厦门地铁)' },
  'project.counted-items': { confidence: 0.80, what: 'named items counted straight before what each of them is (A和B两个高端酒店)' },
  'project.line': { confidence: 0.85, what: 'a numbered metro or rail line, given the prefix of its list or of the line before it (轨道交通3号线、5号线)' },
  'project.event': { confidence: 0.90, what: 'an event named by its edition or a fair\'s abbreviation (第七届…运动会, 西博会)' },
  'project.list-generic-head': { confidence: 0.90, what: 'an item of a list ending in 等…项目' },
  'project.list-sibling': { confidence: 0.65, what: 'an item of a list in which two items are projects' },
  'parts.list-before': { confidence: 0.85, what: 'the list right before a numbered slogan' },
  'parts.list-after': { confidence: 0.80, what: 'the list of the clause right after the slogan and its head (“三专”工作机制，组建专班、专人负责、专项推进)' },
  'parts.namely': { confidence: 0.90, what: 'the list after 即/包括/分别是' },
  'parts.quoted-list': { confidence: 0.80, what: 'a quoted list right after the slogan' },
  'parts.clauses': { confidence: 0.80, what: 'the clauses after the slogan that repeat its noun' },
  'parts.ordinals': { confidence: 0.90, what: 'the items 一是…二是… after the slogan' },
  'parts.named-after': { confidence: 0.60, what: 'the first N phrases ending in the counted noun after the slogan (决胜…攻坚战)' },
  'parts.counted-pieces': { confidence: 0.40, what: 'the counted pieces a slogan is made of (一个基地、三个中心)' },
  'parts.paragraph-leads': { confidence: 0.85, what: 'paragraphs that open with the numbered slogan\'s stem (五个扎实 → 扎实推进…)' },
  'parts.lists-per-addend': { confidence: 0.90, what: 'one list per number of an N+M slogan (8+8 → eight and eight items)' },
  'parts.section-leads': { confidence: 0.80, what: 'the sub-headings or paragraphs of the section the numbered slogan heads, one part each (三大攻坚战 → 以“绣花功夫”推进脱贫攻坚…)' },
  'parts.headings-after': { confidence: 0.90, what: 'the numbered headings right after a slogan that closes its line with a colon (实施“十二大战略”： （一）…战略）' },
  'parts.headings': { confidence: 0.80, what: 'section headings that start with the slogan\'s stem' },
  'fulfils.containment': { confidence: 0.60, what: 'a project whose name contains the slogan' },
  'fulfils.cue-in-clause': { confidence: 0.65, what: 'the nearest slogan of the clause, with a word of tying between (纳入, 作为…的, 助力)' },
  'fulfils.sole-slogan': { confidence: 0.75, what: 'the only slogan of the project\'s sentence' },
  'fulfils.heading': { confidence: 0.75, what: 'the slogan named by the heading of the project\'s section' },
  'fulfils.lead-sentence': { confidence: 0.75, what: 'the slogan named by the short sentence that opens the project\'s paragraph or run-in part' },
  'fulfils.table-row': { confidence: 0.65, what: 'the numbered slogan of a task-table row whose last cell reports the project' },
  'status.input': { confidence: 0.70, what: 'money with a cue of putting in (投入, 资金)' },
  'status.progress': { confidence: 0.85, what: 'a progress cue (进度, 续建, 正在)' },
  'status.works-under-way': { confidence: 0.85, what: 'a count of works begun or under way in a review (32个项目开工建设)' },
  'status.completion-cell': { confidence: 0.75, what: 'a figure in the completion column of a task table' },
  'status.target-cue': { confidence: 0.65, what: 'a cue of aim in the clause (力争, 计划, 将)' },
  'status.achieved-cue': { confidence: 0.95, what: 'a cue of result in the clause (实现, 完成, 增长)' },
  'status.sentence-target': { confidence: 0.20, what: 'a cue of aim earlier in the sentence' },
  'status.sentence-achieved': { confidence: 0.90, what: 'a cue of result earlier in the sentence' },
  'status.plan-section': { confidence: 0.95, what: 'a figure in a part of the text that plans ahead (…年工作安排)' },
  'status.plan-past-cue': { confidence: 0.30, what: 'a cue of result (已, 累计, 同比) in a part that plans ahead' },
  'status.review-section': { confidence: 0.95, what: 'a figure in a part of the text that reviews past work (…年工作回顾)' },
  'status.review-aim-cue': { confidence: 0.7, what: 'a cue of aim (力争, 计划) in a part that reviews past work' },
  'status.document-tense': { confidence: 0.95, what: 'no cue: the tense of the whole document' },
} as const satisfies Record<string, { confidence: number; what: string }>;

export type RuleId = keyof typeof RULES;

export function confidenceOf(rule: RuleId): number {
  return RULES[rule].confidence;
}
