import { extractText } from '../pipeline/extract-text';

const slogansOf = (s: string) => extractText(s).slogans;
const named = (s: string, name: string) => slogansOf(s).find((x) => x.name === name);

describe('slogans', () => {
  it('takes parts listed before a numbered slogan, trimming the leading verb', () => {
    const s = named('古荡街道要认清自身存在的基础优势、产业优势、空间优势、人才优势、平台优势这“五大优势”。', '五大优势');
    expect(s?.parts).toEqual(['基础优势', '产业优势', '空间优势', '人才优势', '平台优势']);
  });
  it('takes parts after 即 and after 一是/二是/三是', () => {
    const after = named('形成了“三圈并立”的格局，即北部的数娱商圈；中部的莲花商圈；南部的浙科园商圈。', '三圈并立');
    expect(after?.parts).toEqual(['数娱商圈', '莲花商圈', '浙科园商圈']);
    const ordinal = named('创新“三大载体”增强活力。一是创新实施代表常任制。二是创新实施“五学”活动。三是创新“一社一品”党建品牌打造。', '三大载体');
    expect(ordinal?.parts).toEqual(['代表常任制', '五学', '一社一品']);
  });
  it('does not count with a numeral that names (店小二), and takes no plan period (十二五) for a slogan', () => {
    expect(named('当好有求必应、无事不扰的“店小二”。', '店小二')?.parts).toEqual([]);
    expect(named('回顾和“十二五”发展成就', '十二五')).toBeUndefined();
  });
  it('tells projects and speech from slogans', () => {
    const x = extractText('开通“星动巴士”，解决通勤问题。“我们根据居民的需求定制清单，重点调研。”举办“长山集·有趣市”、“道远杯”越野赛等活动。');
    expect(x.slogans.map((s) => s.name)).toEqual([]);
    expect(x.projects.map((p) => p.name)).toEqual(expect.arrayContaining(['星动巴士', '长山集·有趣市', '道远杯越野赛']));
  });
  it('drops redaction marks from names and records who launched a slogan', () => {
    const s = named('按照市“**东部中心”和区委“一心四区”战略定位。', '东部中心');
    expect(s).toMatchObject({ origin: 'city', aliases: ['**东部中心'] });
    expect(named('按照市“**东部中心”和区委“一心四区”战略定位。', '一心四区')?.origin).toBe('district');
  });
  it('folds a longer variant into the slogan it extends', () => {
    const text = '建设“全域美丽大花园”。推进“全域美丽”。落实“全域美丽”。';
    expect(named(text, '全域美丽')?.aliases).toContain('全域美丽大花园');
    expect(named(text, '全域美丽大花园')).toBeUndefined();
  });
  it('names slogans in simplified script and keeps the traditional surface as an alias', () => {
    const x = extractText('聞堰搶抓“蕭濱一體化”機(jī)遇，全力打造“蕭濱一體化”前沿陣地。');
    expect(x.document.script).toBe('traditional');
    expect(x.slogans[0]).toMatchObject({ name: '萧滨一体化', aliases: expect.arrayContaining(['蕭濱一體化']) });
  });
  it('takes as parts the paragraphs of the section a numbered slogan heads, one lead each', () => {
    const text = '（一）持续深入打好三大攻坚战\n打好三大攻坚战，是必须跨越的关口。\n以“绣花功夫”持续推进脱贫攻坚。围绕目标，夯实基础。\n以“铁腕手段”切实加强污染防治。严格落实方案。\n以“底线思维”防范化解重大风险。认真落实要求。\n（二）坚定不移实施项目带动战略\n推进项目建设。';
    expect(named(text, '三大攻坚战')?.parts).toEqual(['脱贫攻坚', '污染防治', '防范化解重大风险']);
  });
  it('takes a list of three or more short items before a numbered slogan, and a list after a run of verbs', () => {
    const five = named('积极推进商事、监管、金融“三项制度创新”和投融资、贸易、物流、监管服务、人员往来“五大便利化”。', '五大便利化');
    expect(five?.parts).toEqual(['投融资', '贸易', '物流', '监管服务', '人员往来']);
    const four = named('紧盯打造果品、蔬菜、畜牧、劳务四个百亿元主导产业目标，扎实推进。', '四个百亿元主导产业');
    expect(four?.parts).toEqual(['果品', '蔬菜', '畜牧', '劳务']);
  });
  it('keeps a quoted name whole when a shorter slogan is read only inside it', () => {
    const names = slogansOf('启动“幸福西宁绿色交通”三年行动计划。实施“幸福西宁·高品质生活”八大工程。').map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['幸福西宁绿色交通', '幸福西宁·高品质生活']));
    expect(names).not.toContain('幸福西宁');
  });
  it('spells out a slogan that closes its line with a colon by the numbered headings after it', () => {
    const text = '重点任务是实施“三大战略”：\n（一）换道领跑战略。把突破作为路径。\n（二）非均衡发展战略。将资源投向效益较高的区域。\n（三）技能富民战略。提高就业质量。\n三、2021年工作安排\n做好今年工作。';
    expect(named(text, '三大战略')?.parts).toEqual(['换道领跑战略', '非均衡发展战略', '技能富民战略']);
    expect(named(text, '换道领跑战略')).toBeDefined();
  });
  it('keeps the verb a numbered slogan counts in its parts, and reads two quoted items joined by 和', () => {
    const text = '必须牢牢把握“两个强化”：\n一是强化战略定力。心中有目标。\n二是强化机遇意识。辩证看待机遇。\n';
    expect(named(text, '两个强化')?.parts).toEqual(['强化战略定力', '强化机遇意识']);
    const two = named('街道以“项目攻坚突破”和“全域争先进位”两大行动为牵引，狠抓落实。', '两大行动');
    expect(two?.parts).toEqual(['项目攻坚突破', '全域争先进位']);
    expect(named('街道以“项目攻坚突破”和“全域争先进位”两大行动为牵引，狠抓落实。', '项目攻坚突破')).toBeDefined();
  });
  it('reads parts quoted in a row, two halves joined by 和, and ordinals that name the slogan\'s noun', () => {
    expect(named('纵深推进“蓝天”“碧水”“绿地”三项保护计划。', '三项保护计划')?.parts).toEqual(['蓝天', '碧水', '绿地']);
    expect(named('开展生态修复和城市修补“双修”工作。', '双修')?.parts).toEqual(['生态修复', '城市修补']);
    const text = '把打造“两个姊妹篇”作为我市产业结构调整的主战场，不断提高经济发展质量和效益。一是打造大数据和大健康“姊妹篇”。推进。二是打造山地旅游和都市农业“姊妹篇”。推进。';
    expect(named(text, '两个姊妹篇')?.parts).toEqual(['大数据和大健康', '山地旅游和都市农业']);
    expect(named('实现“两保”目标：一是着力保持经济平稳运行。二是着力稳定就业。', '两保')?.parts).toEqual([]);
  });
  it('folds a brand read only inside a longer goal into it', () => {
    const names = slogansOf('留下街道加快推进宜居幸福留下建设。').map((s) => s.name);
    expect(names).toContain('宜居幸福留下');
    expect(names).not.toContain('幸福留下');
  });
  it('reads figures quoted in a row as dates, not slogans', () => {
    expect(slogansOf('果断高效处置了“330”“503”“628”等多轮疫情。建设“211”省内交通网。').map((s) => s.name)).toEqual(['211']);
  });
  it('finds widely used campaigns without quotation marks', () => {
    expect(slogansOf('深化三改一拆和五水共治，落实东进战略部署。').map((s) => s.name).sort()).toEqual(['三改一拆', '东进战略', '五水共治'].sort());
  });
});
