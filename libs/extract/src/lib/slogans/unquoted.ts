import { tagWords } from '../segment';
import type { DocumentStructure } from '@policy-graph/text';
import type { SloganBook } from './draft';
import { countsOf } from './parts';
import { KNOWN_CAMPAIGNS } from './vocabulary';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CAMPAIGN_KIND = /^(?:专项斗争|专项行动|专项整治|攻坚战|攻坚行动|三年行动|行动|工程|战略)/;
const CAMPAIGNS = new RegExp([...KNOWN_CAMPAIGNS].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
// A strategy named after an action verb: 落实东进战略, 实施创新驱动战略.
// A compound numbered framing written without quotes: 按照三化九场景要求, 推进一轴两廊三区建设.
const NUMBERED_UNQUOTED = /(?:按照|围绕|落实|实施|推进|深化|坚持|构建|打造|加快|加速)((?:[一二三四五六七八九十两][\u4e00-\u9fff]{1,3}?){2,3})(?=要求|建设|工程|行动|战略|目标|布局|格局|体系|框架|创新|发展)/g;
// “减煤、控车、抑尘”三大行动: a counted phrase right after a quoted list of that many items.
const COUNTED_AFTER_LIST = /”([一二三四五六七八九十两]+[个大项场种条张][\u4e00-\u9fff]{2,4})(?=[，。；、）)\s]|$)/g;
const STRATEGY = /(?:贯彻落实|落实|实施|抢抓|贯彻|推进|深化|深入实施|推动|坚持|服务|融入|对接|围绕|践行|服从|把握)([\u4e00-\u9fff]{2,8}?战略)(?!合作|性|协议|投资|新兴)/g;
const INNER_VERB = /^[\u4e00-\u9fff]{0,4}?(?:推动|实施|推进|落实|深化|践行|贯彻)(?=[\u4e00-\u9fff]{4,}战略$)/;
// the second of two strategies carried out together: 坚持大开放主战略和新型工业化核心战略
const NEXT_STRATEGY = /^[和与及、]([\u4e00-\u9fff]{2,8}?战略)(?!合作|性|协议|投资|新兴)/;
// A programme named after a verb of carrying it out: 深入推进工业倍增计划, 实施重点项目质量提升行动, 打好生态环保攻坚战.
const PROGRAMME = /(?:实施好|超额完成|实施|推进|深入推进|加快实施|制定实施|深入实施|全面实施|启动实施|启动|开展|落实|推动|打好|打赢|决胜|坚决打好|坚决打赢|全力打好)了?([\u4e00-\u9fff]{2,12}?(?:计划|专项行动|行动|攻坚战))(?=[，。；、）)和与及]|$)/g;
// 紧紧围绕打造创新型中心城市, 建设区域性国际中心城市: the kind of city a body sets out to become
// 加快通丹经济带建设, 融入长江经济带: a belt of development a body builds or joins, named by its places
const ECONOMIC_BELT = /([\u4e00-\u9fff]{2,10}?经济带)(?=建设|发展|[，。；、”）)]|$)/g;
// 推动青松同城化, 助推青松柳一体化发展: places a body grows together with, named by their short names
const REGION_UNION = /(?<=推动|助推|融入|推进|加快|深化|服务|支持|实施|促进|以|是|和|聚焦)([\u4e00-\u9fff]{2,10}?(?:一体化发展|一体化|同城化))(?=建设|发展|进程|在|取得|[，。；、”）)]|$)/g;
// 城乡一体化, 产城一体化, 政务服务一体化: things brought together, not places
const NOT_A_REGION = /^(?:城乡|区域|产城|军民|文旅|农文旅|城市|全域|交通|市场|产业|服务|政务|监管|标准|数据|生态|公共服务|基本公共服务|医疗|教育|县域|镇村|村镇|港产城|港城|站城|景城|城镇|运营|管理|一体化)/;
// 城区工业一体化, 旅游发展一体化: fields of work brought together anywhere in the name, not places
const THINGS_JOINED = /(?:工业|产业|旅游|发展|文化|交通|服务|经济|城区|农业|市场|要素|生态|环境|治理|管理|规划|建设)(?:一体化|同城化)/;
const BELT_LEAD = /^(?:[\u4e00-\u9fff]*?(?:认真|落实|主动|积极|深度|全面|更好|加快|努力|紧紧|共同|打通|推动|推进|融入|投入|参与|对接|联动|抓住|加强|提升|强化|支持|搞好|实施|打造|建设|把|与|和|即|向|在|为|的|及))+/;
// 加快建设全国科技创新中心, 国际航运中心建设: the centre of a trade or of finance a city means to be
const CENTRE_POSITION = /(?<=^|\n|[（）)]|建设|打造|提速建设|加快建设|加快)((?:全国|国际|国家|区域|区域性|全球|[\u4e00-\u9fff]{2,4}地区)[\u4e00-\u9fff]{0,4}?(?:科技创新|金融|航运|贸易|消费|商贸物流|物流)中心)(?=建设|[，。；、]|$)/g;
const CITY_POSITION = /(?:打造成为|建设成为|打造成|打造|建设|建成|加快建设|努力建设|奋力打造|围绕打造|加快|引领|推进|深化|、)([\u4e00-\u9fff]{2,10}?(?:中心城市|国际城市|国际化大都市|国际化城市|门户城市|开放城市|山水城市|枢纽城市|节点城市|名城|之都|大都市|第一市|之城|特区|都市圈))(?=[，。；、）)”]|的|目标|建设|为(?:主抓手|抓手|目标|引领|统领|主线)|$)/g;
const LEAD_GOAL = /(?<=^|\n)\s*(?:[（(][一二三四五六七八九十\d]+[）)])?(?:加快|全力|着力|奋力|全面|持续|努力)?(?:打造|建设|建成|创建)([\u4e00-\u9fff]{4,14}?(?:产业集群|枢纽城市|中心城市|高地|先行区|示范区|增长极))。/g;
// 持续推进畅通郑州工程, 积极推进造地增粮富民工程: a 工程 carried out that names no built work is a programme
const WORKS_PROGRAMME = /(?:实施|推进|持续推进|积极推进|深入推进|加快实施|深入实施|全面实施|启动实施|启动|深化)([\u4e00-\u9fff]{4,10}?(?:工程|大会战))(?=[，。；、）)和与及]|$)/g;
const BUILT_WORKS = /路|桥|厂|站|河|湖|渠|库|港|园|馆|楼|院|校|场|管网|管道|改造|整治|修复|治理|建设|扩建|新建|迁建|污水|供水|供电|供热|电网|线|道|隧|堤|水利|绿化|亮化|景观|安置|棚户|危房|提质|标段|一期|二期|三期/;
// 以农业现代化工程为载体, 以青禾提升行动为抓手: a programme named as the means of the work around it
const PROGRAMME_AS_MEANS = /以([\u4e00-\u9fff]{2,12}?(?:工程|行动|计划|战略))为(?:载体|抓手|主抓手|引领|牵引|统领|主线|突破口|切入点)/g;
// a year named for its theme: 开展城市管理年活动, 深化营商环境提升年行动
const THEME_YEAR = /(?:开展|实施|深化|推进|启动|深入开展)([\u4e00-\u9fff]{3,10}年)(活动|行动)/g;
// bodies too generic to name a programme: 重点工程, 民生工程, 五年行动计划
const PLACES_INTEGRATED = /(?:推进|推动|加快|深化|构建|加速|促进|实施|融入|服务)([\u4e00-\u9fff]{2,4}?)(一体化(?:发展)?)/g;
const JOINED_WORKS_PROGRAMME = /^[、和及]([\u4e00-\u9fff]{4,10}?工程)(?=[，。；、）)和及]|$)/;
const LISTED_PROGRAMME = /^、([\u4e00-\u9fff]{2,10}?(?:计划|专项行动|行动|攻坚战))(?=[，。；、）)和与及]|$)/;
const GENERIC_PROGRAMME = /^(?:重点|重大|民生|基础|各项|相关|年度)(?:工程|项目|行动|计划)$|^年度[\u4e00-\u9fff]{0,4}计划$|^(?:五年|三年|一批|这项|这一|上述|新一轮|专项|系列|该)|^[大新](?:计划|行动|工程|攻坚战)$|^(?:[\u4e00-\u9fff]{0,2})(?:工作|建设|改造|提升|整治|治理)(?:计划|行动|工程)$/;

// 十大绿色生态产业, 五大攻坚行动, 四个示范区: what a body counts and then works through
const FIGURE_COUNTED_PROGRAMME = /(?:打造|实施|推进|开展|构建|抓好|聚焦|围绕|突出|建设|等)(?:[\u4e00-\u9fff]{2,8}的)?([2-9][个大项][\u4e00-\u9fff]{0,4}?(?:场景|工程|行动|计划|板块|战略|任务|高地))(?=[^\u4e00-\u9fff]|$)/g;
const COUNTED_PROGRAMME = /[两三四五六七八九十]+[个大项场条张][\u4e00-\u9fff]{0,8}?(?:产业|片区|园区|品牌|攻坚战|硬仗|攻坚行动|行动|工程|计划|板块|战略|任务|示范区|底线|目标|高地)(?=[^\u4e00-\u9fff]|为|发展|建设|的|和|与|等|$)/g;

// 十大革命旧址保护提升工程 names one programme however long; 七条道路及地下管网工程 joins two kinds of
// work, 三个二级园区 counts zones of a grade (五大文化旅游园区 says what they are for), 四个百亿元主导产业目标 is an aim set for a counted kind
function plausibleCounted(name: string): boolean {
  const middle = name.replace(/^[两三四五六七八九十]+[个大项场条张]/, '');
  if (/[及和与]/.test(middle)) return false;
  if (middle.endsWith('园区')) return middle.length >= 5;
  return middle.length <= 8 || middle.endsWith('工程');
}

const WATCHWORDS = /(?<=[，。；：,\s]|突出|坚持|按照|围绕|聚焦|秉持|把握)((?:[\u4e00-\u9fff]{4}、){2,}[\u4e00-\u9fff]{4})(?=的(?:工作)?(?:导向|主线|基调|思路|总要求|要求|方针))/g;

const HEADING_COUNTED = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\s*([两三四五六七八九十]+[件个大项][\u4e00-\u9fff]{0,4}?(?:大事|实事|工程|行动|战略|任务|攻坚战))/gm;

const CAMPAIGN_ZONE = /^(?:先行示范区|先行区|示范区)(?:示范市)?(?=建设|[，。；、）)”]|$)/;

/** Slogans written without quotation marks: known campaigns, named strategies, repeated heading phrases. */
// 以亩产论英雄, 亩均论英雄: the measure a body judges its firms and places by
const MERIT_MEASURE = /(?<![\u4e00-\u9fff])以?[\u4e00-\u9fff]{2,3}论英雄|(?<=[，。；、“\s]|强化|坚持|推行|深化)以[\u4e00-\u9fff]{2,3}论英雄/g;
// 一业一证, 一照一码: a reform that gives one of a thing for one of another, listed with other reforms
const ONE_FOR_ONE = /(?<=[，、；：\s]|推行|实行|实施|推进|深化)(一[业照证码窗表网件次章]一[证码窗表网件次章办])(?=[、，。；等改]|$)/g;

export function findUnquotedSlogans(text: string, structure: DocumentStructure, book: SloganBook): void {
  for (const re of [MERIT_MEASURE, ONE_FOR_ONE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1] ?? m[0];
      const start = m.index + m[0].length - name.length;
      // 不以GDP增长率论英雄: a measure disowned is no maxim
      if (/不|唯/.test(text.slice(Math.max(0, start - 6), start))) continue;
      book.add(name, name, { start, end: start + name.length }, 'slogan', 'slogan.maxim');
    }
  }
  CAMPAIGNS.lastIndex = 0;
  for (let m = CAMPAIGNS.exec(text); m; m = CAMPAIGNS.exec(text)) {
    const d = book.add(m[0], m[0], { start: m.index, end: m.index + m[0].length }, 'campaign', 'slogan.campaign');
    // 扫黑除恶专项斗争, 厕所革命行动: the campaign is also called by the kind of drive it is
    const kind = CAMPAIGN_KIND.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 5));
    if (kind && !m[0].endsWith(kind[0])) d.aliases.add(m[0] + kind[0]);
    // 黄河流域生态保护和高质量发展先行区: the zone a place sets out to make of the campaign is its own goal
    const zone = CAMPAIGN_ZONE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 10));
    if (zone) book.add(m[0] + zone[0], m[0] + zone[0], { start: m.index, end: m.index + m[0].length + zone[0].length }, 'slogan', 'slogan.position');
  }
  STRATEGY.lastIndex = 0;
  for (let m = STRATEGY.exec(text); m; m = STRATEGY.exec(text)) {
    // 抓住国家推进健康中国战略的机遇: the strategy is what follows the inner verb
    const inner = INNER_VERB.exec(m[1]);
    const name = inner ? m[1].slice(inner[0].length) : m[1];
    const start = m.index + m[0].length - name.length;
    if (/^(发展|重大|这一|各项|市|区|省|县|全|的|把|将|以|对)/.test(name) || /^国家战略$/.test(name) || /[的了签]/.test(name)) continue;
    // 科教兴市、人才强市战略: the items before a shared 战略 are each a strategy
    const listed = /((?:[\u4e00-\u9fff]{2,6}、)+)$/.exec(text.slice(Math.max(0, start - 30), start));
    if (listed) {
      let at = start - listed[1].length;
      for (const item of listed[1].split('、').filter(Boolean)) {
        book.add(item, item, { start: at, end: at + item.length }, 'slogan', 'slogan.strategy');
        at += item.length + 1;
      }
    }
    book.add(name, name, { start, end: start + name.length }, 'slogan', 'slogan.strategy');
    const next = NEXT_STRATEGY.exec(text.slice(start + name.length, start + name.length + 12));
    if (next && !/[的了签]/.test(next[1])) {
      const at = start + name.length + 1;
      book.add(next[1], next[1], { start: at, end: at + next[1].length }, 'slogan', 'slogan.strategy');
    }
  }
  THEME_YEAR.lastIndex = 0;
  for (let m = THEME_YEAR.exec(text); m; m = THEME_YEAR.exec(text)) {
    const start = m.index + m[0].length - m[1].length - m[2].length;
    // 三年行动, 五年计划: a duration, not a year named for its theme
    if (/^\d|[的了]|[一二三四五六七八九十两\d]年$/.test(m[1])) continue;
    book.add(m[1], m[1], { start, end: start + m[1].length }, 'slogan', 'slogan.programme');
  }
  PROGRAMME.lastIndex = 0;
  for (let m = PROGRAMME.exec(text); m; m = PROGRAMME.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    // 支线机场建设计划: a plan for building a kind of thing is a document, not a campaign
    if (GENERIC_PROGRAMME.test(m[1]) || /[的了着是在]|方案|分为|建设计划$/.test(m[1])) continue;
    // 扫黑治乱和平安护航行动: two campaigns carried out together, each its own
    const pair = /^([\u4e00-\u9fff]{2,8})[和与及]([\u4e00-\u9fff]{2,8}(?:计划|专项行动|行动|攻坚战))$/.exec(m[1]);
    // …one of them a deed (扫黑治乱), not what the other improves (质量效益和对标提升行动)
    if (pair && tagWords(text, start, start + pair[1].length).pop()?.tag === 'v') {
      book.add(pair[1], pair[1], { start, end: start + pair[1].length }, 'slogan', 'slogan.programme');
      const second = start + m[1].length - pair[2].length;
      book.add(pair[2], pair[2], { start: second, end: second + pair[2].length }, 'slogan', 'slogan.programme');
      continue;
    }
    book.add(m[1], m[1], { start, end: start + m[1].length }, 'slogan', 'slogan.programme');
    // 启动高端人才引进计划、信江工匠培育计划: the programmes listed after the first share its verb
    let at = m.index + m[0].length;
    for (let next = LISTED_PROGRAMME.exec(text.slice(at, at + 20)); next; next = LISTED_PROGRAMME.exec(text.slice(at, at + 20))) {
      if (!GENERIC_PROGRAMME.test(next[1]) && !/[的了着是在]/.test(next[1])) book.add(next[1], next[1], { start: at + 1, end: at + 1 + next[1].length }, 'slogan', 'slogan.programme');
      at += next[0].length;
    }
  }
  for (const m of text.matchAll(CENTRE_POSITION)) {
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    // 国家级保税物流中心: a bonded warehouse is built, not a role taken on
    if (/[的了着是在和与及、]|保税/.test(m[1])) continue;
    book.add(m[1], m[1], { start, end: start + m[1].length }, 'slogan', 'slogan.position');
  }
  for (const m of text.matchAll(CITY_POSITION)) {
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    if (/[的了着是在和与及、]/.test(m[1]) || /^(?:打造|建设|建成|加快)/.test(m[1])) continue;
    book.add(m[1], m[1], { start, end: start + m[1].length }, 'slogan', 'slogan.position');
  }
  for (const m of text.matchAll(ECONOMIC_BELT)) {
    const name = m[1].replace(BELT_LEAD, '');
    // 通化至三源浦城港经济带: a belt between two places is a work laid along a route
    if (name.length < 5 || /^[两三四五六七八九十]大|^现代化|至/.test(name)) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    book.add(name, name, { start, end: start + name.length }, 'slogan', 'slogan.belt');
  }
  for (const m of text.matchAll(REGION_UNION)) {
    const name = m[1].replace(BELT_LEAD, '');
    if (name.length < 4 || NOT_A_REGION.test(name) || THINGS_JOINED.test(name) || /[的了着是在和与及、]/.test(name)) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    book.add(name, name, { start, end: start + name.length }, 'slogan', 'slogan.belt');
  }
  // 加快打造世界优质白酒产业集群。 opening a paragraph: the goal the paragraph works towards
  for (const m of text.matchAll(LEAD_GOAL)) {
    const start = (m.index ?? 0) + m[0].length - m[1].length - 1;
    if (/[的了着是在和与及、]/.test(m[1])) continue;
    book.add(m[1], m[1], { start, end: start + m[1].length }, 'slogan', 'slogan.position');
  }
  for (const m of text.matchAll(PROGRAMME_AS_MEANS)) {
    // 以实施文化建设工程为抓手: the verb of carrying it out is not its name
    const name = m[1].replace(/^(?:深入实施|全面实施|实施|推进|开展|深化|加快)/, '');
    const start = (m.index ?? 0) + 1 + m[1].length - name.length;
    if (name.length < 4 || GENERIC_PROGRAMME.test(name) || /[的了着是在、]/.test(name)) continue;
    book.add(name, name, { start, end: start + name.length }, 'slogan', 'slogan.programme');
  }
  for (const m of text.matchAll(WORKS_PROGRAMME)) {
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    if (GENERIC_PROGRAMME.test(m[1]) || /[的了着是在]/.test(m[1]) || (BUILT_WORKS.test(m[1]) && !/大会战$/.test(m[1]))) continue;
    book.add(m[1], m[1], { start, end: start + m[1].length }, 'slogan', 'slogan.programme');
    // 全面推进转型升级工程和科技创新工程: programmes joined to the first share its verb
    let at = start + m[1].length;
    for (let next = JOINED_WORKS_PROGRAMME.exec(text.slice(at, at + 16)); next; next = JOINED_WORKS_PROGRAMME.exec(text.slice(at, at + 16))) {
      const item = next[1];
      if (!GENERIC_PROGRAMME.test(item) && !/[的了着是在]/.test(item) && !BUILT_WORKS.test(item)) book.add(item, item, { start: at + 1, end: at + 1 + item.length }, 'slogan', 'slogan.programme');
      at += next[0].length;
    }
  }
  // 构建京雄保一体化发展新格局, 深入推进昌九一体化: places joined by the first characters of their
  // names, made one (城乡一体化, 通关一体化 join kinds of things, which are words of their own)
  for (const m of text.matchAll(PLACES_INTEGRATED)) {
    const stem = m[1];
    const start = (m.index ?? 0) + m[0].length - m[2].length - stem.length;
    if (/[一二三四五六七八九十两\d]/.test(stem) || !tagWords(text, start, start + stem.length).every((w) => /^(x|ns|nr|j)$/.test(w.tag))) continue;
    const name = stem + '一体化';
    const d = book.add(name, name, { start, end: start + name.length }, 'slogan', 'slogan.programme');
    if (m[2].endsWith('发展')) d.aliases.add(name + '发展');
  }
  COUNTED_AFTER_LIST.lastIndex = 0;
  for (let m = COUNTED_AFTER_LIST.exec(text); m; m = COUNTED_AFTER_LIST.exec(text)) {
    const open = text.lastIndexOf('“', m.index);
    const items = open >= 0 ? text.slice(open + 1, m.index).split('、').length : 0;
    const start = m.index + 1;
    if (items >= 2 && countsOf(m[1]).includes(items)) book.add(m[1], m[1], { start, end: start + m[1].length }, 'numbered', 'slogan.numbered');
  }
  // 着力打造7个重点场景: a programme counted in figures, after the verb that sets it out
  for (const m of text.matchAll(FIGURE_COUNTED_PROGRAMME)) {
    // …等6大领域消费工程 names the programme the list makes; …等3个湿地工程 only counts the works listed
    if (/[的了]/.test(m[1]) || (m[0].startsWith('等') && m[1][1] !== '大')) continue;
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    book.add(m[1], m[1], { start, end: start + m[1].length }, 'numbered', 'slogan.counted');
  }
  COUNTED_PROGRAMME.lastIndex = 0;
  for (let m = COUNTED_PROGRAMME.exec(text); m; m = COUNTED_PROGRAMME.exec(text)) {
    if (/[第“”]/.test(text[m.index - 1] ?? '') || /[的了]/.test(m[0]) || !plausibleCounted(m[0])) continue;
    book.add(m[0], m[0], { start: m.index, end: m.index + m[0].length }, 'numbered', 'slogan.counted');
  }
  // 一、三件大事取得决定性进展: a counted programme that opens a numbered heading names the section's work
  HEADING_COUNTED.lastIndex = 0;
  for (let m = HEADING_COUNTED.exec(text); m; m = HEADING_COUNTED.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    book.add(m[1], m[1], { start, end: start + m[1].length }, 'numbered', 'slogan.counted');
  }
  NUMBERED_UNQUOTED.lastIndex = 0;
  for (let m = NUMBERED_UNQUOTED.exec(text); m; m = NUMBERED_UNQUOTED.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    // 九届六次全会, 三级三甲医院, 三峡项目二期: numbered meetings, grades and phases, not a framing
    if (/[届次期年甲批个]|项目|医院|三门|三峡/.test(m[1])) continue;
    book.add(m[1], m[1], { start, end: start + m[1].length }, 'numbered', 'slogan.numbered');
  }
  // 突出稳进增效、除险清患、改革求变、惠民有感的工作导向: four-character watchwords a body lists as its line of work
  WATCHWORDS.lastIndex = 0;
  for (let m = WATCHWORDS.exec(text); m; m = WATCHWORDS.exec(text)) {
    book.add(m[1], m[1], { start: m.index, end: m.index + m[1].length }, 'slogan', 'slogan.watchwords');
  }
  headingPhrases(text, structure, book);
  programmesOfHeadings(text, structure, book);
  themesOfSections(text, structure, book);
  repeatedConstructions(text, book);
}

// 持续推进秦岭山水乡村建设 … 为高质量推进秦岭山水乡村建设: a named construction a text keeps carrying
// out is the programme it reports on (基础设施建设 and the like describe work, they name nothing)
const CONSTRUCTION = /(?:推进|抓好|加快|以|为|深化|实施|推动|开展)([\u4e00-\u9fff]{4,8}?)建设/g;
const GENERIC_CONSTRUCTION = /^(基础设施|项目|重点项目|平台|队伍|制度|能力|作风|党风廉政|基层党组织|党的|组织|阵地|设施|体系|机制|工程|民生)/;

function repeatedConstructions(text: string, book: SloganBook): void {
  const first = new Map<string, number>();
  for (const m of text.matchAll(CONSTRUCTION)) {
    const name = m[1] + '建设';
    // 产业项目建设: the building of a class of works is no programme
    if (first.has(name) || GENERIC_CONSTRUCTION.test(m[1]) || /(项目|工程|设施|平台)$/.test(m[1]) || /[的了和与及、]/.test(m[1])) continue;
    first.set(name, (m.index ?? 0) + m[0].length - name.length);
  }
  // a report names a few such works; thousands are a list of places, not programmes (and would cost a scan each)
  if (first.size > 200) return;
  for (const [name, start] of first) {
    if (countOccurrences(text, name, 2) >= 2) book.add(name, name, { start, end: start + name.length }, 'slogan', 'slogan.construction');
  }
}

// （一）…着力为国家中心城市建设筑牢空间支撑 (二)…着力为国家中心城市建设夯实产业基础: a programme
// every part of a plan is said to serve, named in two headings or more
const PROGRAMME_END = /(建设|战略|工程|行动|计划)$/;
const LEADING_WORDS = /^(?:着力|加快|推进|推动|为|以|在|全面|深入|持续|扎实|大力|努力|奋力|服务|助推|助力|围绕|聚焦|坚持|实施|打造)+/;

function programmesOfHeadings(text: string, structure: DocumentStructure, book: SloganBook): void {
  const lines = structure.headings
    .filter((h) => h.level <= 2)
    .slice(0, 60)
    .map((h) => {
      const line = text.slice(h.start, Math.min(h.end, h.start + 80));
      const end = line.search(/[。；\n]/);
      return { start: h.start, line: end >= 0 ? line.slice(0, end) : line };
    });
  if (lines.length < 2) return;
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i].line;
    // only phrases that end where a programme's head ends
    const ends: number[] = [];
    for (const m of a.matchAll(/建设|战略|工程|行动|计划/g)) ends.push((m.index ?? 0) + m[0].length);
    for (const end of ends.reverse()) {
      for (let start = Math.max(0, end - 14); start <= end - 5; start++) {
        const phrase = a.slice(start, end);
        if (!/^[\u4e00-\u9fff]+$/.test(phrase) || !PROGRAMME_END.test(phrase) || seen.has(phrase)) continue;
        const holders = lines.filter((l) => l.line.includes(phrase));
        if (holders.length < 2) continue;
        seen.add(phrase);
        const name = phrase.replace(LEADING_WORDS, '');
        if (name.length < 5 || [...seen].some((s) => s !== phrase && s.includes(name))) continue;
        for (const h of holders) {
          const at = h.start + h.line.indexOf(phrase) + (phrase.length - name.length);
          book.add(name, name, { start: at, end: at + name.length }, 'slogan', 'slogan.heading-phrase');
        }
      }
    }
  }
}

function headingPhrases(text: string, structure: DocumentStructure, book: SloganBook): void {
  for (const h of structure.headings.slice(0, 200)) {
    if (h.level < 4) continue;
    const line = text.slice(h.start, h.end);
    const halves = line.split(/\s+/);
    if (halves.length < 2) continue;
    let offset = h.start;
    for (const half of halves) {
      const at = text.indexOf(half, offset);
      offset = at + half.length;
      if (half.length < 4 || half.length > 8 || !/^[\u4e00-\u9fff]+$/.test(half) || /(街道|镇|乡|村|社区|区|县|市|省)$/.test(half)) continue;
      if (countOccurrences(text, half, 3) >= 3) book.add(half, half, { start: at, end: at + half.length }, 'slogan', 'slogan.heading-phrase');
    }
  }
}

function countOccurrences(text: string, word: string, enough: number): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0 && n < enough; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

// （一）充分释放海的潜力发展向海经济，…, （二）抢抓南向通道建设重大机遇，…: the named field a numbered
// section sets out to develop, when its text keeps naming it, is the programme the section carries out
const SECTION_THEME = /(?:发展|抢抓|打造|建设|推进|壮大|做强|做大|做优|构建)([\u4e00-\u9fff]{3,7}?)(?=建设|重大机遇|机遇|[，。；]|$)/g;
const ORDINAL_HEADING = /^\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)/;
// 现代化经济体系, 高质量发展, 美丽乡村: aims every report names, no body's own programme
const COMMON_AIM = /^(?:县域|区域|现代化|高质量|新时代|现代|美丽|和谐|平安|健康|幸福|新型|更高|全面|经济|社会|民生|城乡|乡村|产业|生态|文化|开放|创新)|(?:体系|格局|水平|能力|环境|质量|效益|动能|优势|活力|基础|支撑|新局|高地|品质|形象|面貌|保障|服务|治理)$/;

function themesOfSections(text: string, structure: DocumentStructure, book: SloganBook): void {
  for (const h of structure.headings.slice(0, 200)) {
    const line = text.slice(h.start, Math.min(h.end, h.start + 80));
    if (!ORDINAL_HEADING.test(line)) continue;
    const head = line.split(/[。；]/)[0];
    SECTION_THEME.lastIndex = 0;
    for (let m = SECTION_THEME.exec(head); m; m = SECTION_THEME.exec(head)) {
      const name = m[1];
      if (COMMON_AIM.test(name) || /[的了和与及]/.test(name) || book.get(name)) continue;
      const section = text.slice(h.start, Math.min(h.section.end, h.start + 4000));
      if (countOccurrences(section, name, 3) < 3) continue;
      const at = h.start + m.index + m[0].length - name.length;
      book.add(name, name, { start: at, end: at + name.length }, 'slogan', 'slogan.heading-phrase');
    }
  }
}
