import { tagWords } from '../segment';
import { isPlaceName } from '../projects/name-boundary';
import { NATIONAL_WORKS, PROJECT_HEADS, PROJECT_NAME_ENDS, PROJECT_VERBS, SLOGAN_HEADS } from './vocabulary';
import type { Quote } from './quotes';

export type QuoteKind = 'slogan' | 'project' | 'other';

// “大平安”系统集成机制: the words after the quote end in a framing noun.
const SLOGAN_TAIL = /^[^，。；、“”]{0,12}(机制|体系|模式|理念|品牌|格局|制度)(?=[，。；、\s]|$)/;
const NUMERAL = /[一二三四五六七八九十两双百千万]/;
const EVENT_END = /(嘉年华|博览会|交易会|洽谈会|运动会|文化节|旅游节|艺术节|音乐节|美食节|电影节|购物节|年货节|消费节|啤酒节|博会|交会|洽会|峰会|论坛)$/;
const NUMERALS = /[一二三四五六七八九十两双]/g;
const ORDINAL_FACILITY = /^第[一二三四五六七八九十\d]+(港区|机场|航站楼|码头|水厂|污水处理厂|中学|小学|医院|人民医院)$/;
// Framing words that are quoted but are never a slogan or a project.
// 两委 (the two committees of a community), 新三板 (a stock board): institutions, not programmes
// 七一, 五一: days of the year; 十二五: a plan's period, which frames a whole report
const OTHER_WORDS = new Set(['两会', '两委', '新三板', '无人机', '非遗', '网红', '打卡', '七一', '五一', '六一', '八一', '十一', '十一五', '十二五', '十三五', '十四五', '十五五']);

/** 三个全域, 一带一廊三社区, 五学: a counted shape, not a place that merely starts with a numeral (十里风光带). */
function isNumberedShape(words: string): boolean {
  // “4个30”, “3个100”: a count of counts written in digits
  if (/^\d+\s*[个大项]\s*\d*\s*$/.test(words)) return true;
  if (!NUMERAL.test(words) || words.length > 12) return false;
  if (/[一二三四五六七八九十两双][个大项种化条级型心全张纵横圈驾强重批]/.test(words) || /^[百千万]个/.test(words)) return true;
  if ((words.match(NUMERALS)?.length ?? 0) >= 2) return true;
  // 千名干部助千企, 百村示范: hundreds and thousands counted twice make a campaign
  if ((words.match(/[百千万]/g)?.length ?? 0) >= 2) return true;
  return NUMERAL.test(words[0]) && words.length <= 4;
}

/** Why a quoted phrase is a slogan, a project (with its full name) or neither. */
export function classifyQuote(text: string, q: Quote, launched: boolean): { kind: QuoteKind; name: string } {
  const words = text.slice(q.start, q.end);
  const after = text.slice(q.outerEnd, q.outerEnd + 24);
  // “这么近，那么美，周末到河北”品牌: a line of verse a body adopts as its brand
  if (/[，,]/.test(words) && words.length <= 24 && /^(品牌|口号|主题|为(?:工作|总|核心)?(?:主线|目标|主题|抓手|导向))/.test(after) && !/[。！？]/.test(words)) return { kind: 'slogan', name: words };
  // 实施“123”科技支撑工程, 深化“1530”工程: a programme named by a code of figures and what it is
  // (the code is the name; the words after it are an alias given where quotes are read)
  if (/^\d{2,8}$/.test(words) && /^[\u4e00-\u9fff]{0,8}?(?:工程|行动|计划|战略)/.test(after)) return { kind: 'slogan', name: words };
  if (isOther(words) || isIdiom(words)) return { kind: 'other', name: words };
  // “西气东输”二线工程: the stage or line built is part of the work's name
  if (NATIONAL_WORKS.has(words)) return { kind: 'project', name: words + (/^(?:[一二三四五六七八九十\d]+[期线]|[东中西]线)(?:工程)?/.exec(after)?.[0] ?? '') };
  // 建设“会呼吸”的城市, 跨越“数字鸿沟”: a short quoted word that describes, not a programme named
  if (/^[\u4e00-\u9fff]{2,3}$/.test(words) && /^的/.test(after) && !isNumberedShape(words) && !/^的(?:要求|部署|目标|战略|理念|精神|主题|品牌|工作|建设|实施)/.test(after)) return { kind: 'other', name: words };
  // 提高“含绿量”、减少“含碳量”: a measure a body raises or lowers, not a programme
  if (/^[\u4e00-\u9fff]{1,3}[量率度]$/.test(words) && /(?:提高|提升|增加|减少|降低|增强|减)$/.test(text.slice(Math.max(0, q.outerStart - 2), q.outerStart))) return { kind: 'other', name: words };
  // “破五未”项目攻坚行动: a drive whose object is projects is a programme, not a project
  if (/^[^，。；“”]{0,6}(攻坚行动|专项行动|攻坚战|行动计划)/.test(after)) return { kind: 'slogan', name: words };
  if (launched) return { kind: 'slogan', name: words };
  const before = text.slice(Math.max(0, q.outerStart - 4), q.outerStart);
  // 被评为中国乡村旅游“示范村”和“金牌农家乐”, 获“国家地理标志产品”: a title won is no programme
  const clause = text.slice(Math.max(0, q.outerStart - 24), q.outerStart).split(/[，。；：！？\n]/).pop() ?? '';
  if (/被评为|评为|获评|荣获|获得|授予|命名为|认定为|跻身|获“|获$/.test(clause) && !/开展|实施|推进|启动/.test(clause)) return { kind: 'other', name: words };

  // 青禾湖、松岭溪等23个“山水城市”项目: the works counted are that programme's projects
  if (/等[一二三四五六七八九十百千\d]+[个项批]$/.test(text.slice(Math.max(0, q.outerStart - 8), q.outerStart)) && /^(?:重点|重大)?(?:建设)?(?:项目|工程)/.test(after)) return { kind: 'slogan', name: words };
  // “千塘百湖”等重点项目, “客都人家”等文旅项目: a quoted name counted among projects is one
  // (“丝路海运”“丝路飞翔”等标志性工程: quoted names in a row are a body's programmes)
  if (/^等(?:[一二三四五六七八九十百千\d]+[个项批])?[\u4e00-\u9fff]{0,4}?(?:项目|工程)/.test(after) && text[q.outerStart - 1] !== '”' && !isNumberedShape(words) && !/(工程|行动|计划|战略|建设|改革)$/.test(words)) return { kind: 'project', name: words };
  // 扎实开展“开拓市场万里行”活动, “唱读讲传”活动蓬勃开展: a campaign carried out, not an event held
  if (/^活动/.test(after) && !EVENT_END.test(words)) return { kind: 'slogan', name: words };
  // 壮族三月三·八桂嘉年华, 湖交会: an event however it counts
  if (EVENT_END.test(words) && !/[、，]/.test(words)) return { kind: 'project', name: words };
  // “海口—厦门”等集装箱航线: a route between two places is a line run, named with what it is
  if (/^[\u4e00-\u9fff]{2,5}[—–－-][\u4e00-\u9fff]{2,5}$/.test(words)) {
    const line = /^等?([\u4e00-\u9fff]{0,6}?(?:航线|班列|专线|铁路|高铁|公路|城际|航班))/.exec(after);
    return line ? { kind: 'project', name: words + line[1] } : { kind: 'other', name: words };
  }
  // 十四街坊二期、“五八通道”等项目: a passage or road counted in its name, listed among projects, is one
  if (/(通道|大道|公路|隧道|大桥|码头)$/.test(words) && /^(等)?(项目|工程)/.test(after)) return { kind: 'project', name: words };
  // 青禾港“第三港区”建设, “第二机场”: a facility named by its ordinal is a thing built, not a programme
  if (ORDINAL_FACILITY.test(words)) return { kind: 'project', name: words };
  const numbered = isNumberedShape(words) || /^[\u4e00-\u9fff]{3,}年$/.test(words);
  // 加快“中国地铁产业城”建设, 推进“城市大脑”建设: a thing built, whatever work is done on it
  if (!numbered && /(大脑|产业城|科技城|文化区|产业园|众创园|创业园|小镇)$/.test(words) && !/[、+]/.test(words) && !/^(品牌|理念|模式|机制|体系|战略)/.test(after)) return { kind: 'project', name: words };
  const sloganHead = (SLOGAN_HEADS.test(after) && !/^建设项目/.test(after)) || SLOGAN_TAIL.test(after);
  if (!numbered && !sloganHead && !/[、+]/.test(words)) {
    // “创建全国绿色有机农业示范市”: a title striven for, not a thing built
    if (/^(创建|争创|争当|争做|创成)/.test(words)) return { kind: 'other', name: words };
    if (PROJECT_NAME_ENDS.test(words) && !/(城市|家园)$/.test(words)) return { kind: 'project', name: words };
    const head = PROJECT_HEADS.exec(after);
    // “营改增”试点, “好房子”试点: a pilot a body is chosen for is a designation, neither a work nor its own programme
    if (head && /^试点/.test(head[0])) return { kind: 'other', name: words };
    if (head && !/[“”]/.test(head[0])) return { kind: 'project', name: words + head[0] };
    // “海口发布”正式上线, “客都人家”开园: a name opened or put online right after it is a thing built
    if (/^(?:正式|顺利|全面|相继)?(?:上线|开通|启用|投用|开业|开园|开馆|落成|建成)/.test(after) && looksLikeName(words)) return { kind: 'project', name: words };
    if (PROJECT_VERBS.test(before) && looksLikeName(words)) {
      return { kind: 'project', name: words };
    }
  }
  // 京津冀“机器人+”产业园, “五大经济圈”城际铁路, “东亚之窗”文创园: a quoted brand right before the
  // kind of thing built is that thing's name, however the brand is shaped
  const built = BUILT_KIND_AFTER.exec(after);
  if (built && !sloganHead && !/^(?:建设|示范|重点)/.test(after) && !/[、，]|[式型]$/.test(words)) return { kind: 'project', name: ownerBefore(text, q.outerStart) + words + built[0] };
  // 18家“农家乐”: businesses counted by their kind
  if (/\d+[家户]$/.test(before)) return { kind: 'other', name: words };
  return { kind: 'slogan', name: words };
}

// what a brand is given to when a work is built under it: a park, a line, a plant, a venue (not a
// programme's 工程 or 项目, which a slogan names as often as a work)
const BUILT_KIND_AFTER = /^[^，。；、：“”等的和及与]{0,8}?(?:文创园|产业园|科技园|创业园|创新园|物流园|工业园|生态园|农业园|文化园|产业城|科技城|示范基地|基地|生态廊道|绿道|步道|慢道|公园|湿地|城际铁路|铁路|高铁|轨道交通|高速公路|快速路|大道|大桥|隧道|码头|港区|专列|班列|航线|实验室|研究院|联盟|示范区|先行区|合作区|产业园区|街区|小镇|综合体|医院|学校|中心|馆|现场会|博览会|论坛|大会|大赛|电影节|消费节|文化节|旅游节)(?=[，。；、：\s建开完正启投全已顺和与及等项工二一三]|$)/;

/** 京津冀 in 京津冀“机器人+”产业园: the place a quoted work is named after leads its name. */
function ownerBefore(text: string, quoteStart: number): string {
  const from = Math.max(0, quoteStart - 8);
  let words;
  try {
    words = tagWords(text, from, quoteStart);
  } catch {
    return '';
  }
  const last = words[words.length - 1];
  if (!last || last.end !== quoteStart || last.text.length < 2) return '';
  // 全国“四好农村路”现场会: the reach of a meeting is part of its name
  return /^(?:ns|j)$/.test(last.tag) || isPlaceName(last.text) || /^全[国省]$/.test(last.text) ? last.text : '';
}

/** 如履薄冰, 一马当先: a set phrase of four characters quoted for emphasis, which names no programme. */
function isIdiom(words: string): boolean {
  if (!/^[\u4e00-\u9fff]{4}$/.test(words)) return false;
  const tagged = tagWords(words, 0, words.length);
  return tagged.length === 1 && tagged[0].tag === 'i';
}

function looksLikeName(words: string): boolean {
  return words.length >= 3 && words.length <= 10 && !/[、，+]/.test(words) && !/(化|治|建设|创建|提升|管理|服务)$/.test(words);
}

/** Speech, dates, bare numbers and long sentences are quoted but are not names. */
export function isOther(words: string): boolean {
  const plain = words.replace(/\*+/g, '');
  if (plain.length < 2 || plain.length > 30) return true;
  // two-character quotes are framing words (水缸, 画像) unless they count something (四风, 五学)
  if (plain.length === 2 && !/[一二三四五六七八九十两双]/.test(plain)) return true;
  if (OTHER_WORDS.has(plain)) return true;
  // 冲刺“目标任务”: words of the report's own business quoted for emphasis
  if (/^(?:目标|任务|工作|重点|要求|指标){2}$/.test(plain)) return true;
  if (/[。！？!?]/.test(words)) return true;
  // “特色农业大镇，乡村旅游新镇”: two mirrored halves are one goal, not a sentence quoted
  if (/[，,]/.test(words) && words.length > 10 && !mirroredHalves(plain)) return true;
  if (/^[\d.\s:：\-/]+$/.test(plain) && !/^\d{3,}$/.test(plain)) return true;
  // 5·12, 3·04: an event's date; 中国十大节庆城市, 2007中国十大和谐城市: an honour won, not a programme
  if (/^\d{1,2}·\d{1,2}$/.test(plain)) return true;
  if (/(十大|百强|最美|最佳|最具|\d+强|\d+个)[^，]*(城市|城区|县|区|市|称号|之一)$/.test(plain)) return true;
  // speech (我们要…), but 我为群众办实事 is a campaign's name
  if (/^(我|我们|你|他|她|这|那)/.test(plain) && !/^我为/.test(plain)) return true;
  // 牵一发而动全身, 不是用来炒的: a saying or a phrase of speech quoted, not a programme
  if (/^[\u4e00-\u9fff]{2,4}而[\u4e00-\u9fff]{2,4}$/.test(plain) || /^不是.*的$/.test(plain)) return true;
  // 八连冠, 三甲: a rank or a record, not a programme
  if (/(连冠|冠军|金奖|银奖|称号|三甲|二甲)$/.test(plain)) return true;
  // 不作为、慢作为、乱作为: conduct named to be corrected, not a programme
  if (/作为$/.test(plain)) return true;
  return false;
}

/** 特色农业大镇，乡村旅游新镇: two halves of equal length that end alike. */
function mirroredHalves(words: string): boolean {
  const halves = words.split(/[，,]/);
  return halves.length === 2 && halves[0].length === halves[1].length && halves[0].length >= 4 && halves[0].length <= 8 && halves[0].slice(-1) === halves[1].slice(-1);
}
