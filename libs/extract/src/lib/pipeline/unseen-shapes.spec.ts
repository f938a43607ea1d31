import { extractText } from './extract-text';

// Shapes of text that work reports share across places and years, written here with made-up
// names, so each rule is shown to work on names it has never seen.

const projects = (text: string) => extractText(text).projects.map((p) => p.name);
// every name a project goes by: a work done on a thing (…迁建, …扩容) is known by the thing too
const projectForms = (text: string) => extractText(text).projects.flatMap((p) => [p.name, ...p.aliases]);
const slogan = (text: string, name: string) => extractText(text).slogans.find((s) => s.name === name);
const fulfils = (text: string) =>
  extractText(text)
    .relations.filter((r) => r.type === 'FULFILS')
    .map((r) => `${r.from}→${r.to}`);

describe('projects on unseen text', () => {
  it('takes roads the dictionary knows as places, metro lines by number and lines of a voltage', () => {
    const names = projects('建成青禾西路、柳塘南路和长江路，开工建设500千伏松岭输变电工程。力争开工建设6号线，加快推进5号线、3号线建设。');
    expect(names).toEqual(expect.arrayContaining(['青禾西路', '柳塘南路', '长江路', '500千伏松岭输变电工程', '6号线', '5号线', '3号线']));
  });

  it('gives routes listed before 等 the road they are, however long and whatever their ends are called', () => {
    const names = projects('公路方面：抓好青禾至松岭、柳塘至石桥至凤岭路口、金坪至永宁等高速公路建设。');
    expect(names).toEqual(expect.arrayContaining(['青禾至松岭高速公路', '柳塘至石桥至凤岭路口高速公路', '金坪至永宁高速公路']));
    expect(names.some((n) => n.endsWith('桥') || n.startsWith('抓好'))).toBe(false);
  });

  it('starts a name after what the state is asked to do, after a verb of doing well, and keeps 并网 inside it', () => {
    const names = projects('争取国家尽早核准建设青禾风电设备本地化项目。组织实施好松岭热电公司脱硫工程。开工建设柳塘10兆瓦并网型光伏发电示范试点项目。');
    expect(names).toEqual(expect.arrayContaining(['青禾风电设备本地化项目', '松岭热电公司脱硫工程', '柳塘10兆瓦并网型光伏发电示范试点项目']));
    expect(names.some((n) => /^(国家|好|网型)/.test(n))).toBe(false);
  });

  it('gives routes listed before 等 a trunk road\'s works, a road the stretch it is extended by, and a route ending in a place called …港 no port', () => {
    const names = projects('建成青禾大道北延、松岭大道北延。推进柳塘至石溪、金坪至龙港、永宁至凤岭等国省干线改造。青禾、松岭等工业集中区加快建设。');
    expect(names).toEqual(expect.arrayContaining(['青禾大道北延', '松岭大道北延', '柳塘至石溪国省干线改造', '金坪至龙港国省干线改造', '永宁至凤岭国省干线改造', '青禾工业集中区', '松岭工业集中区']));
    expect(names.filter((n) => /^(?:青禾大道|松岭大道|金坪至龙港)$|北延大道/.test(n))).toEqual([]);
  });

  it('starts a name after a work finished in one word (建成投产), keeps a stretch named by places shortened to a character each, and a name opening with a thousand li', () => {
    const names = projects('今年建成投产松岭热电联产二期项目，力争青柳高速禾塘段、松石高速禾塘岭段开工建设，打造百里青禾江风光带。');
    expect(names).toEqual(expect.arrayContaining(['松岭热电联产二期项目', '青柳高速禾塘段', '松石高速禾塘岭段', '百里青禾江风光带']));
    expect(names.filter((n) => /^建成|^(?:青柳|松石)高速$/.test(n))).toEqual([]);
  });

  it('gives plants listed before 等 under construction the kind they are, without the 在建', () => {
    expect(projects('抓好青禾河口、松岭峡等在建水电站建设。')).toEqual(expect.arrayContaining(['青禾河口水电站', '松岭峡水电站']));
  });

  it('takes no field of work in common words from a list of activities or projects, nor a zone raised to a rank, nor a name cut inside its capacity', () => {
    const names = projects('扎实开展全民健身、全民阅读等公共文化体育活动。推进新材料、机器人等项目建设。青禾、松岭高新区晋升为国家级高新区。抓好柳塘2×660MW热电厂等6个项目。建成全区第一所公办高级技工学校。北方第一家石溪网球训练中心正式挂牌。');
    expect(names.filter((n) => /全民|新材料|机器人|晋升|^MW|、/.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['公办高级技工学校', '石溪网球训练中心']));
  });

  it('splits two works of a list joined by 及, each ending in a head of its own, and keeps the river a bridge crosses', () => {
    const names = projects('全力推进青禾至松岭城际铁路、松岭高铁站及跨黄河公路桥、柳塘高速松岭段等项目建设。');
    expect(names).toEqual(expect.arrayContaining(['松岭高铁站', '跨黄河公路桥']));
    expect(names.some((n) => n.includes('及'))).toBe(false);
  });

  it('names an institute for the two fields it joins', () => {
    expect(projects('组建青禾机器人与智能装备产业技术研究院。支持机器人与智能制造研究院建设。')).toEqual(expect.arrayContaining(['青禾机器人与智能装备产业技术研究院', '机器人与智能制造研究院']));
  });

  it('keeps a road\'s number before 国道 and the stretch of a route inside the work\'s name', () => {
    const names = projects('积极推进青禾绕城高速、310国道青禾至松岭段改线提升工程。实施207国道改造工程。');
    expect(names).toEqual(expect.arrayContaining(['310国道青禾至松岭段改线提升工程', '207国道改造工程']));
  });

  it('keeps an aside in brackets right before the head inside the name, and drops a bracketed verb of building', () => {
    const names = projects('青禾煤炭交易（储配）中心建成运营。加快松岭速递（横峰）智创园建设。新（改）建柳塘中学、石溪路小学等32所学校。');
    expect(names).toEqual(expect.arrayContaining(['青禾煤炭交易（储配）中心', '柳塘中学']));
    expect(names.some((n) => /^[）)新]/.test(n))).toBe(false);
  });

  it('takes a project named in common words when it is signed or built the same year', () => {
    expect(projects('发展后劲不断增强，远方动力项目当年签约、当年建成投产。')).toContain('远方动力项目');
    expect(projects('建成全市物流大数据中心。')).toContain('物流大数据中心');
  });

  it('names a thing and the work done on it together, and knows the work by the thing too', () => {
    const x = extractText('加强对青禾机场迁建前期工作的组织协调。松岭热电厂搬迁取得重大突破。柳塘西路、石溪路改造完工。实施石门河湿地生态保护与恢复。');
    const byName = new Map(x.projects.map((p) => [p.name, p.aliases]));
    expect(byName.get('青禾机场迁建')).toContain('青禾机场');
    expect(byName.get('松岭热电厂搬迁')).toContain('松岭热电厂');
    expect(byName.get('石门河湿地生态保护与恢复')).toContain('石门河湿地');
    expect([...byName.entries()].some(([n, a]) => n.startsWith('石溪路') && (n === '石溪路' || a.includes('石溪路')))).toBe(true);
  });

  it('gives short unknown names listed before a road, a mine or a plant the kind each of them is, but not counties beside a new district', () => {
    const names = projects('召禾、寻柳高速公路建成通车。加快招松、园石沟煤矿建设。支持仁怀、习水、新禾新区发展配套产业。');
    expect(names).toEqual(expect.arrayContaining(['召禾高速公路', '寻柳高速公路', '招松煤矿', '园石沟煤矿']));
    expect(names).not.toContain('仁怀新区');
    expect(names).not.toContain('习水新区');
  });

  it('reads a quoted name put online or opened right after it as a project', () => {
    const x = extractText('《青禾晚报》更名暨“青禾发布”正式上线。');
    expect(x.projects.map((p) => p.name)).toContain('青禾发布');
    expect(x.slogans.map((s) => s.name)).not.toContain('青禾发布');
  });

  it('reads a work the whole country builds under one name as a project, with the line built', () => {
    const x = extractText('抓好“雪亮工程”延伸应用。加快兰州至青禾成品油管道、“西气东输”二线工程建设。');
    expect(x.projects.map((p) => p.name)).toEqual(expect.arrayContaining(['雪亮工程', '西气东输二线工程']));
  });

  it('reads a quoted name counted among projects as a project, but quoted names in a row as programmes', () => {
    const x = extractText('“青禾人家”等文旅项目扎实推进，实施“彩化松岭江”等项目。深入实施“柳塘海运”“柳塘飞翔”等标志性工程。');
    expect(x.projects.map((p) => p.name)).toEqual(expect.arrayContaining(['青禾人家', '彩化松岭江']));
    expect(x.slogans.map((s) => s.name)).toEqual(expect.arrayContaining(['柳塘海运', '柳塘飞翔']));
  });

  it('reads a quoted brand right before the kind of thing built as that thing, led by the place it is named after', () => {
    const x = extractText('启动建设滨江“智造+”产业园，“松岭之窗”文创园正式开园，加快“柳塘绕城”生态廊道建设。沛溪县跻身国家“两江”实践创新基地，建成“一站式”综合服务中心。');
    expect(x.projects.map((p) => p.name)).toEqual(expect.arrayContaining(['滨江智造+产业园', '松岭之窗文创园', '柳塘绕城生态廊道']));
    expect(x.projects.map((p) => p.name).some((n) => /两江|一站式/.test(n))).toBe(false);
    expect(x.slogans.map((s) => s.name)).not.toContain('松岭之窗');
    expect(x.slogans.map((s) => s.name)).not.toContain('两江');
  });

  it('keeps a quoted word written only inside a work\'s name as part of that name, not a slogan the work serves', () => {
    const text = '加快青禾龙舟训练基地、松岭风情园、“柳塘湾”湿地温泉度假区等项目建设。深入实施“五水同治”，建成“五水同治”松岭排涝工程。';
    const x = extractText(text);
    expect(x.projects.map((p) => p.name)).toContain('柳塘湾湿地温泉度假区');
    expect(x.slogans.map((s) => s.name)).not.toContain('柳塘湾');
    expect(x.slogans.map((s) => s.name)).toContain('五水同治');
    expect(fulfils(text)).not.toContain('柳塘湾湿地温泉度假区→柳塘湾');
  });

  it('reads a quoted laboratory, institute or fair approved or held as a project, not a slogan', () => {
    const x = extractText('青禾学院“松岭矿产智能开采全国重点实验室”获批，“柳塘城隍庙会”精彩纷呈。');
    expect(x.slogans.map((s) => s.name)).toEqual([]);
    expect(x.projects.map((p) => p.name)).toEqual(expect.arrayContaining(['松岭矿产智能开采全国重点实验室', '柳塘城隍庙会']));
  });

  it('reads a work and a bare kind of work joined by 及 as one work on one named place', () => {
    const names = projects('完成青禾场镇三岔路口基础设施改造及绿化美化工程。');
    expect(names).toContain('青禾场镇三岔路口基础设施改造及绿化美化工程');
    expect(names).not.toContain('青禾场镇三岔路口基础设施改造');
  });

  it('takes a station on an expressway, and a festival named after it as a thing of its own', () => {
    const names = projects('确保青禾高速松岭站、柳塘高速石溪站桃花文化节前建成投用。');
    expect(names).toEqual(expect.arrayContaining(['青禾高速松岭站', '柳塘高速石溪站', '桃花文化节']));
    expect(names).not.toContain('柳塘高速石溪站桃花文化节');
  });

  it('takes light rail, tramways and belts of farms or scenery as works', () => {
    const names = projects('启动青禾都市区轻轨建设。加快松岭、柳塘旅游休闲观光农业带建设，建成石溪滨江景观带。');
    expect(names).toEqual(expect.arrayContaining(['青禾都市区轻轨', '松岭旅游休闲观光农业带', '柳塘旅游休闲观光农业带', '石溪滨江景观带']));
  });

  it('names a water diversion by the water drawn and where it goes (引…入…工程)', () => {
    expect(projects('确保引黄入青工程年内全线贯通。加快引江济松工程建设。')).toEqual(expect.arrayContaining(['引黄入青工程', '引江济松工程']));
  });

  it('keeps the county that names a plant of a common kind, and the county-led name as another name of a work', () => {
    expect(projects('建成桐庐县垃圾焚烧发电厂。')).toContain('桐庐县垃圾焚烧发电厂');
    const park = extractText('加快桐庐县青禾智能装备产业园建设。').projects.find((p) => p.name === '青禾智能装备产业园');
    expect(park?.aliases).toContain('桐庐县青禾智能装备产业园');
  });

  it('gives each item of a list the head it shares with the last one', () => {
    const names = projects('今年加快推进青禾、柳塘高速建设，开工建设松岭、石溪水库。');
    expect(names).toEqual(expect.arrayContaining(['青禾高速', '柳塘高速', '松岭水库', '石溪水库']));
  });

  it('gives the items before 等 the head of what they are, past a count of them', () => {
    const names = projects('青禾、柳塘等8座燃煤电厂脱硫项目全面启动。启动建设松河、石溪等一批健身步道。');
    expect(names).toEqual(expect.arrayContaining(['青禾燃煤电厂脱硫项目', '柳塘燃煤电厂脱硫项目', '松河健身步道', '石溪健身步道']));
  });

  it('gives waters, villages and parks listed before 等 the works done on each of them', () => {
    const names = projects('持续推进青禾溪、松岭河等小流域综合治理和黑臭水体整治。加快柳塘村、石溪村等城中村改造步伐。青禾、松岭等现代农业示范园正在打造。');
    expect(names).toEqual(expect.arrayContaining(['青禾溪小流域综合治理', '松岭河小流域综合治理', '柳塘村城中村改造', '石溪村城中村改造', '青禾现代农业示范园', '松岭现代农业示范园']));
  });

  it('takes a route between places and the routes listed before it, a ring road, and the kind of road a list of routes is', () => {
    const names = projects('做好青禾、松岭、柳塘至太原铁路前期工作。续建西外环工程等20个项目。抓紧青禾至松岭改扩建、柳塘至石溪等高速公路项目建设。');
    expect(names).toEqual(expect.arrayContaining(['柳塘至太原铁路', '青禾铁路', '松岭铁路', '西外环工程', '青禾至松岭改扩建', '柳塘至石溪']));
    expect(names.some((n) => /^(抓紧|续建)/.test(n))).toBe(false);
    const aliases = extractText('抓紧青禾至松岭改扩建、柳塘至石溪等高速公路项目建设。').projects.flatMap((p) => p.aliases);
    expect(aliases).toContain('柳塘至石溪高速公路');
  });

  it('reads a city the segmenter tags as a verb or a plain noun as the city naming a work', () => {
    const names = projects('加快自贡机场飞行区改扩建工程，推进资阳高铁站片区配套工程。');
    expect(names).toEqual(expect.arrayContaining(['自贡机场飞行区改扩建工程', '资阳高铁站片区配套工程']));
  });

  it('takes 开放 before a park as the verb of opening it, and keeps it inside 开放大学', () => {
    const names = projects('建成开放青禾白塔公园，推进松岭开放大学新校区建设。');
    expect(names).toEqual(expect.arrayContaining(['青禾白塔公园', '松岭开放大学新校区']));
  });

  it('shares no tail that opens with a name of its own (…中国医药城) with the items before it', () => {
    const names = projects('加快青禾软件、松岭物联网、柳塘中国医药城等基地建设。');
    expect(names).toContain('柳塘中国医药城');
    expect(names.some((n) => /^(青禾软件|松岭物联网)中国/.test(n))).toBe(false);
  });

  it('takes no produce listed before 等生产基地 for a base of its own, but a place so listed', () => {
    expect(projects('规模化发展一批茶叶、辣椒、蔬菜等生产基地。')).toEqual([]);
    expect(projects('建设太原、大同等生产基地。')).toEqual(expect.arrayContaining(['太原生产基地', '大同生产基地']));
  });

  it('takes projects described by their standing for a class of them, not a work', () => {
    const names = projects('加快青禾新区重大科技项目和松岭一体化标志性项目建设，建成柳塘大桥项目。');
    expect(names).toContain('柳塘大桥项目');
    expect(names.some((n) => /重大|标志性/.test(n))).toBe(false);
  });

  it('takes no level, anniversary or campaign listed among projects for a work, nor a meeting inside 大会战', () => {
    expect(projects('继续抓好自治区层面、市级层面、青禾经济带基础设施大会战、自治区成立60周年等项目建设。')).toEqual([]);
  });

  it('keeps the stretch by which a road is extended in its name', () => {
    const names = projects('推进青禾南大道延伸段、松岭大道北延伸、柳塘大道西延伸等35条道路建设。');
    expect(names).toEqual(expect.arrayContaining(['青禾南大道延伸段', '松岭大道北延伸', '柳塘大道西延伸']));
  });

  it('takes the facilities a city has one of, named by their kind, but not a museum of a kind of city', () => {
    const text = '开工建设青禾遗址公园和市博物馆、图书馆、文化馆，推进县人民医院迁建。松岭是一座城市博物馆。';
    const names = projects(text);
    expect(names).toEqual(expect.arrayContaining(['市博物馆', '市图书馆', '市文化馆']));
    expect(projectForms(text)).toContain('县人民医院');
    expect(names).not.toContain('城市博物馆');
    expect(names).not.toContain('图书馆');
  });

  it('takes the other roads of a list in which one road is known, but no count of roads', () => {
    const names = projects('强力推进北环线、西环线、青禾路、松岭西路延伸段建设，确保建成柳塘路、石溪园路等城市道路。打通32条断头路、新建柳塘大道。');
    expect(names).toEqual(expect.arrayContaining(['北环线', '西环线', '青禾路', '松岭西路延伸段', '柳塘路', '石溪园路']));
    expect(names.some((n) => /32条|打通/.test(n))).toBe(false);
  });

  it('keeps the stretch a place builds (…管网松岭段, …高速青禾至柳塘段), and ends a name before a verb of reaching', () => {
    const names = projectForms('青禾天然气主干管网松岭段试投产。加快柳塘高速青禾至松岭段扩容。松岭迈入高铁时代。青禾产业技术研究院引入省科学院力量。');
    expect(names).toEqual(expect.arrayContaining(['青禾天然气主干管网松岭段', '柳塘高速青禾至松岭段']));
    expect(names.some((n) => /迈入|引入/.test(n))).toBe(false);
  });

  it('splits two works joined by 及, keeps a short aside before a verb inside a name, and takes no people for works', () => {
    const names = projects('启动建设青禾职业技术学院及柳塘小学等一批教育项目。松岭（青禾）抽水蓄能电站超额完成投资。张青禾、李松岭等名人故居保护利用工程有序实施。');
    expect(names).toEqual(expect.arrayContaining(['青禾职业技术学院', '柳塘小学', '松岭（青禾）抽水蓄能电站']));
    expect(names.some((n) => /及|^蓄能|张青禾|李松岭/.test(n))).toBe(false);
  });

  it('gives a village listed in full the head it shares without doubling its 村, and reads 高速发展 as speed', () => {
    const names = projects('建设青禾村、松岭村粮食产能区连片水稻示范点。二是食用菌产业高速发展。');
    expect(names).toEqual(expect.arrayContaining(['青禾村粮食产能区连片水稻示范点', '松岭村粮食产能区连片水稻示范点']));
    expect(names.some((n) => /村村|高速$/.test(n))).toBe(false);
  });

  it('names the items counted before a kind of road or reservoir by that kind, without its size class', () => {
    const names = projects('松岭、柳塘等4条高速公路分段通车，青禾等32件中小型水库加快建设。');
    expect(names).toEqual(expect.arrayContaining(['松岭高速公路', '柳塘高速公路', '青禾水库']));
    expect(names.some((n) => /^件|中小型/.test(n))).toBe(false);
  });

  it('calls an item listed before 等项目 by its own words and with 项目, and takes no phase inside it for a work of its own', () => {
    const x = extractText('青禾一期15万吨再生铝、松岭光伏电站等项目建成投产。');
    const item = x.projects.find((p) => p.name === '青禾一期15万吨再生铝');
    expect(item?.aliases).toContain('青禾一期15万吨再生铝项目');
    expect(x.projects.map((p) => p.name)).not.toContain('青禾一期');
  });

  it('names a base by its place or a national title, not a kind of base alone', () => {
    const names = projects('建成余杭旅游基地和国家科技兴贸出口创新基地，完善后勤保障基地。');
    expect(names).toEqual(expect.arrayContaining(['余杭旅游基地', '国家科技兴贸出口创新基地']));
    expect(names).not.toContain('后勤保障基地');
  });

  it('drops ordinals and governing verbs before a name, and keeps extensions of a line or an airport', () => {
    const names = projects('一是建强松河创新平台。用好市青禾企业云服务平台，确保柳塘商贸集聚区开工，高标准办好松河节，地铁2号线南延线开工，青禾机场二跑道建成。');
    expect(names).toEqual(expect.arrayContaining(['市青禾企业云服务平台', '柳塘商贸集聚区', '地铁2号线南延线', '青禾机场二跑道']));
    expect(names.some((n) => /^(一是|好|确保|高标准)/.test(n))).toBe(false);
  });

  it('names staged works by title and form, and one item counted before what it is', () => {
    const names = projects('推出评剧《松河谣》、《柳塘月》舞台剧等一批精品剧目。建设青禾等6座污水处理厂。推进松河、柳塘等数据中心建设。');
    expect(names).toEqual(expect.arrayContaining(['评剧松河谣', '柳塘月舞台剧', '青禾污水处理厂', '松河数据中心', '柳塘数据中心']));
  });

  it('does not take a count of things for the name of one, but keeps an ordinal in a name', () => {
    const names = projects('南京长江第二大桥通车，建成青禾电机三大基地。');
    expect(names).toContain('南京长江第二大桥');
    expect(names).not.toContain('青禾电机三大基地');
  });

  it('keeps a national title whole, the ring of a place, and drops the half of a verb', () => {
    expect(projects('国家超级计算青禾中心建成运行。')).toContain('国家超级计算青禾中心');
    expect(projects('环北部湾（广西）水资源配置工程开工建设。')).toContain('环北部湾（广西）水资源配置工程');
    expect(projects('已建小区经营性幼儿园逐步改造成普惠性幼儿园。')).not.toContain('成普惠性幼儿园');
  });

  it('names numbered lines listed after one prefix', () => {
    expect(projects('加快地铁5号线、7号线首期工程建设。')).toEqual(expect.arrayContaining(['地铁5号线首期工程', '地铁7号线首期工程']));
  });

  it('finds events by their edition and fairs by their abbreviation', () => {
    const names = projects('成功举办第九届青禾国际茶文化节，办好茗博会、渝洽会。');
    expect(names).toEqual(expect.arrayContaining(['第九届青禾国际茶文化节', '茗博会', '渝洽会']));
  });

  it('keeps a verb inside a facility name and drops the verbs that govern it', () => {
    expect(projects('建成启用柳塘危险废物综合处置中心。')).toContain('柳塘危险废物综合处置中心');
  });

  it('keeps a capacity, a generation or a direction that is part of the name', () => {
    const names = projects('建成新20万吨成品油码头，青禾第8代显示面板生产线投产，加快东部新城建设。');
    expect(names).toEqual(expect.arrayContaining(['新20万吨成品油码头', '青禾第8代显示面板生产线', '东部新城']));
  });

  it('names renewal works by their address, schools by their kind and a works programme as a project only', () => {
    const x = extractText('完成柳塘路318弄成套改造，新建青禾师大附中、松岭普通高中，实施松岭线路面修复工程。');
    expect(x.projects.map((p) => p.name)).toEqual(expect.arrayContaining(['柳塘路318弄成套改造', '青禾师大附中', '松岭普通高中', '松岭线路面修复工程']));
    expect(x.slogans.map((s) => s.name)).not.toContain('松岭线路面修复工程');
  });

  it('does not take a kind of facility for a named one', () => {
    const names = projects('新建普惠性民办幼儿园，支持企业技术研究中心建设，推进现代农业产业园建设。');
    expect(names).not.toEqual(expect.arrayContaining(['普惠性民办幼儿园']));
    expect(names).not.toContain('企业技术研究中心');
    expect(names).not.toContain('现代农业产业园');
  });

  it('takes a facility of a common kind for one when it is the thing built or opened', () => {
    const names = projects('建成运营县级农产品质量追溯服务中心。农村集体资产综合服务平台全面启用。');
    expect(names).toEqual(expect.arrayContaining(['县级农产品质量追溯服务中心', '农村集体资产综合服务平台']));
    expect(extractText('农村集体资产综合服务平台全面启用。').projects[0].rule).toBe('project.built');
  });

  it('takes no round, batch or choice of works for one, and reads a name past 高新 and a verb after a works word', () => {
    const names = projects('推进新一轮产业园区建设，实施松岭煤改气或清洁能源替代工程，加快建设柳塘镁铝高新材料产业园，建成青禾水厂取水泵站迁改工程，高水平普及高中阶段教育，发展壮大工程机械产业。');
    expect(names.sort()).toEqual(['柳塘镁铝高新材料产业园', '青禾水厂取水泵站迁改工程']);
  });

  it('names a route by both its ends and a phase of a work without its head', () => {
    const names = projects('推进青禾至松岭一级公路建设，加快柳塘产业园二期、松岭科技三期建设，完成第一期培训。');
    expect(names.sort()).toEqual(['松岭科技三期', '柳塘产业园二期', '青禾至松岭一级公路']);
  });

  it('keeps a noun that ends in a verb (军民结合) inside a name, and drops a verb glued to an adverb (新开工)', () => {
    const names = projects('以及青禾、松岭国家新型工业化军民结合产业示范基地建设，新开工柳塘大健康产业项目。');
    expect(names).toEqual(expect.arrayContaining(['松岭国家新型工业化军民结合产业示范基地', '青禾国家新型工业化军民结合产业示范基地', '柳塘大健康产业项目']));
  });

  it('leaves the verb that opens a list out of its first item', () => {
    expect(projects('大力发展青禾、松岭国家农业示范区，成功打造东、西公园。').sort()).toEqual(['松岭国家农业示范区', '青禾国家农业示范区']);
  });

  it('keeps the place that leads a national title, and gives it to each place listed', () => {
    expect(projects('加快宁德、南平国家农业绿色发展先行区建设。').sort()).toEqual(['南平国家农业绿色发展先行区', '宁德国家农业绿色发展先行区']);
  });

  it('takes a quarter of the city as one of the works counted after a list', () => {
    expect(projects('以青禾、东部、松岭3座城镇污水处理厂投运为标志。').sort()).toEqual(['东部城镇污水处理厂', '松岭城镇污水处理厂', '青禾城镇污水处理厂']);
  });

  it('names a fund only by a name of its own, and takes no type of hub for a hub built', () => {
    const names = projects('设立青禾乡村振兴发展基金，用好专项基金和股权投资基金，建设陆港型国家物流枢纽和松岭综合客运枢纽。');
    expect(names.sort()).toEqual(['松岭综合客运枢纽', '青禾乡村振兴发展基金']);
  });

  it('names a road whose works follow it at once', () => {
    expect(projects('青禾路顺利动工，松岭路建设提上日程，道路建设加快。').sort()).toEqual(['松岭路', '青禾路']);
  });

  it('names each resettlement estate counted after a list', () => {
    expect(projects('加快青禾、松岭2个还建安置小区建设。').sort()).toEqual(['松岭还建安置小区', '青禾还建安置小区']);
  });

  it('keeps a short aside in brackets and a service number inside a name', () => {
    const names = projects('投资50亿元的柏川（江南）一体化基地项目开工，12345市民热线受理诉求2万件。');
    expect(names).toEqual(expect.arrayContaining(['柏川（江南）一体化基地项目', '12345市民热线']));
  });

  it('reads a name on to its last head, and a bureau is no railway', () => {
    const names = projects('青禾高铁二通道纳入规划，松岭学院新校区开工，与柳塘铁路局签署协议。');
    expect(names).toEqual(expect.arrayContaining(['青禾高铁二通道', '松岭学院新校区']));
    expect(names).not.toContain('青禾高铁');
    expect(names).not.toContain('柳塘铁路');
  });

  it('does not take a city described for one built', () => {
    expect(projects('加快建设高品质生活之城。')).not.toContain('高品质生活之城');
  });
});

describe('slogans and their parts on unseen text', () => {
  it('finds the parts a numbered slogan names after it', () => {
    const text = '坚决打赢四场攻坚战。打好青山保卫攻坚战，严格执法。打好城乡融合攻坚战，补齐短板。打好产业升级攻坚战，培育集群。打好社会稳定攻坚战，化解矛盾。';
    expect(slogan(text, '四场攻坚战')?.parts).toEqual(['青山保卫攻坚战', '城乡融合攻坚战', '产业升级攻坚战', '社会稳定攻坚战']);
  });

  it('reads one quotation of a whole list before a count as that counted slogan written out, without what is done with it', () => {
    const text = '围绕“青禾工程、松岭工程、柳塘工程”三大工程的开展，完善管理网络。';
    const counted = slogan(text, '三大工程');
    expect(counted?.parts).toEqual(['青禾工程', '松岭工程', '柳塘工程']);
    expect(counted?.aliases).toContain('青禾工程、松岭工程、柳塘工程');
    expect(extractText(text).slogans.map((s) => s.name)).not.toContain('三大工程的开展');
    expect(extractText(text).slogans.map((s) => s.name)).not.toContain('青禾工程、松岭工程、柳塘工程');
  });

  it('takes the parts of a slogan of counted verbs from the phrases those verbs open, and the cards of N张牌 from their quotes', () => {
    const verbs = '青禾市政府工作报告（节选）\n（一）扎实推进“两建一改”。加快建基站，扎实建驿站，全面改厕所，群众满意。\n（二）其他工作。';
    expect(slogan(verbs, '两建一改')?.parts).toEqual(['建基站', '建驿站', '改厕所']);
    const cards = '打好“三张牌”。努力打造“青禾能源牌”。努力打造“松岭食品牌”。努力打造“柳塘康养牌”。';
    expect(slogan(cards, '三张牌')?.parts).toEqual(['青禾能源牌', '松岭食品牌', '柳塘康养牌']);
  });

  it('takes a list as long as a counted programme right against its quote as its parts, however long the items', () => {
    const text = '开展拖欠青禾企业账款、侵害松岭企业产权和企业家合法权益、涉企违规收费罚款“三个专项治理”，优化营商环境。';
    expect(slogan(text, '三个专项治理')?.parts).toEqual(['拖欠青禾企业账款', '侵害松岭企业产权和企业家合法权益', '涉企违规收费罚款']);
  });

  it('takes the pieces of a framing each explained in quotes as its parts', () => {
    const text = '构建“一核两带、三区多点”发展格局。“一核”即中心城区；“两带”即沿江、沿湖两条发展带；“三区”即三个园区；“多点”即各镇。';
    expect(slogan(text, '一核两带、三区多点')?.parts).toEqual(['一核', '两带', '三区', '多点']);
  });

  it('gives short names of quarters listed before a count of areas the kind of area they are', () => {
    expect(slogan('统筹沿青、沿松、沿柳塘三大板块，构建组团式发展格局。', '三大板块')?.parts).toEqual(['沿青板块', '沿松板块', '沿柳塘板块']);
  });

  it('takes a programme named as the means of the work around it (以…工程为载体)', () => {
    const names = extractText('以农民增收为中心，以青禾现代化工程为载体，以实施松岭文化建设工程为抓手，加快发展。').slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['青禾现代化工程', '松岭文化建设工程']));
  });

  it('takes the kind of city a body sets out to become as its main task (以建设…中心城市为主抓手)', () => {
    expect(extractText('以建设青禾经济区中心城市为主抓手，认真落实各项部署。').slogans.map((s) => s.name)).toContain('青禾经济区中心城市');
  });

  it('takes the places a body grows together with as a slogan, not things brought together', () => {
    const names = extractText('服务和融入青松柳一体化发展，推动青松同城化在产业协同上取得突破。推进城乡一体化发展，推动城区工业一体化发展。').slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['青松柳一体化发展', '青松同城化']));
    expect(names.some((n) => /^城乡|工业一体化/.test(n))).toBe(false);
  });

  it('splits no quoted list of verbs of doing well or of measures aimed at into slogans', () => {
    const names = extractText('牢记“保护好、挖掘好、运用好”的嘱托，实现“最高时效度、最优便利度、最好满意度”。').slogans.map((s) => s.name);
    expect(names.some((n) => /^(保护好|挖掘好|运用好|最高时效度|最优便利度|最好满意度)$/.test(n))).toBe(false);
  });

  it('takes no short quoted word that describes a thing (“会呼吸”的城市) for a slogan, but a programme so described', () => {
    const names = extractText('建设“会呼吸”的城市，落实“青禾先行”的要求。').slogans.map((s) => s.name);
    expect(names).toContain('青禾先行');
    expect(names).not.toContain('会呼吸');
  });

  it('takes no quoted measure a body raises or lowers for a slogan', () => {
    const names = extractText('不断提高“含金量”、减少“含水量”，实施“青禾提质”行动。').slogans.map((s) => s.name);
    expect(names).toContain('青禾提质');
    expect(names.some((n) => /量$/.test(n))).toBe(false);
  });

  it('takes listed watchwords, a quoted line of work and counted heights as slogans', () => {
    const text = '全镇突出稳中求进、守正创新、实干争先、民生为本的工作导向，以“青禾先行，松岭共富”为工作主线，聚焦打造两个高地。';
    const names = extractText(text).slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['稳中求进、守正创新、实干争先、民生为本', '青禾先行，松岭共富', '两个高地']));
  });

  it('keeps a drive named after a campaign apart from the campaign', () => {
    const names = extractText('全面推进乡村振兴，扎实开展乡村振兴人才回引行动。').slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['乡村振兴', '乡村振兴人才回引行动']));
  });

  it('takes the items of a quoted list of goals, not the two halves of a saying', () => {
    const names = (t: string) => extractText(t).slogans.map((s) => s.name);
    expect(names('开展“项目攻坚突破年、营商环境优化年、民生服务提升年”活动。')).toEqual(expect.arrayContaining(['营商环境优化年', '民生服务提升年']));
    expect(names('按照“东岸大商场、西岸大市场”布局。')).not.toContain('西岸大市场');
  });

  it('takes a quoted goal of two mirrored halves as one slogan', () => {
    expect(extractText('全力推进“生态茶业大镇，康养旅游新镇”建设。').slogans.map((s) => s.name)).toContain('生态茶业大镇，康养旅游新镇');
  });

  it('takes no part from the bodies that adopted a quoted strategy', () => {
    const s = extractText('深入实施县委、县政府“茶业强县、文旅兴城、康养富民”发展战略。').slogans[0];
    expect(s.parts).not.toEqual(expect.arrayContaining(['县政府']));
  });

  it('takes one list per number of an N+M slogan', () => {
    const text = '实施“3+2”产业提升计划，做强茶叶、竹木、陶瓷三个传统产业，培育康养、数字文创两个新兴产业。';
    expect(slogan(text, '3+2')?.parts).toEqual(['茶叶', '竹木', '陶瓷', '康养', '数字文创']);
  });

  it('reads the standing a city sets out to build (…名城, …之都, …大都市, …第一市) as its slogan', () => {
    const names = extractText('加快建设青禾文化旅游名城。全力打造松岭茶业第一市，努力建设国际文化大都市。超额完成县域经济三年倍增计划，完成年度投资计划。').slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['青禾文化旅游名城', '松岭茶业第一市', '国际文化大都市', '县域经济三年倍增计划']));
    expect(names).not.toContain('年度投资计划');
  });

  it('reads unquoted programmes, strategies and the body a means makes strong', () => {
    const text = '深入推进青禾振兴三年计划，坚持生态立县、文旅兴县战略，实施茶业强县行动。';
    const names = extractText(text).slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['青禾振兴三年计划', '生态立县', '文旅兴县', '茶业强县行动']));
  });
});

describe('quoted lists on unseen text', () => {
  it('splits a quoted list of named years into slogans, not a saying of three-character beats', () => {
    const names = (t: string) => extractText(t).slogans.map((s) => s.name);
    expect(names('开展“招商引资突破年、项目推进加速年、环境建设提升年”活动。')).toEqual(expect.arrayContaining(['招商引资突破年', '项目推进加速年', '环境建设提升年']));
    expect(names('开创“种文化、送文化、赛文化”工作模式。')).not.toContain('种文化');
  });
});

describe('counted programmes on unseen text', () => {
  it('reads the parts of a counted programme listed after a verb in the past (启动实施了A、B、C等三项工程)', () => {
    const x = slogan('启动实施了青禾提升工程、松岭工程、柳塘集群工程等三项工程。规模以上工业增加值增长17.8%。', '三项工程');
    expect(x?.parts).toEqual(['青禾提升工程', '松岭工程', '柳塘集群工程']);
  });

  it('names a counted programme after a quoted list without how it goes on (…三大工程深入实施)', () => {
    const x = slogan('设施日趋完善，“青禾创作、松岭展演、柳塘润边”三大工程深入实施，文化惠民落到实处。', '三大工程');
    expect(x?.parts).toEqual(['青禾创作', '松岭展演', '柳塘润边']);
  });

  it('reads counted programmes written without quotes, with the lists before them as parts', () => {
    const text = '以八大茶旅融合产业为抓手。打造青山治理、营商改革、邻里共建三个样板区，守住安全生产、生态环保两条底线，实现经济稳进、民生改善两个目标。';
    const names = extractText(text).slogans.map((s) => s.name);
    expect(names).toContain('八大茶旅融合产业');
    expect(slogan(text, '三个样板区')?.parts).toEqual(['青山治理', '营商改革', '邻里共建']);
    expect(slogan(text, '两个目标')?.parts).toEqual(['经济稳进', '民生改善']);
  });

  it('reads a brand line with commas, a drive on projects and the body a means establishes', () => {
    const names = extractText('打响“山这么青，水这么绿，周末来青禾”品牌，开展“清三难”项目攻坚行动，牢牢把握茶业立县这个传统。').slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['山这么青，水这么绿，周末来青禾', '清三难', '茶业立县']));
  });

  it('reads a body\'s own goal from qualities before its name, and a construction it keeps carrying out', () => {
    const text = '留下街道围绕建设美丽幸福新留下的目标定位，持续推进松岭山水乡村建设。为高质量推进松岭山水乡村建设，街道成立专班。';
    const names = extractText(text).slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['美丽幸福新留下', '松岭山水乡村建设']));
    expect(extractText('加快基础设施建设，推进基础设施建设。').slogans.map((s) => s.name)).toEqual([]);
  });

  it('reads a programme of works that names no built thing, and the kind of city a body sets out to become', () => {
    const names = extractText('持续推进畅通青禾工程。积极推进松河污水处理工程。紧紧围绕打造创新型中心城市，加快发展。').slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['畅通青禾工程', '创新型中心城市']));
    expect(names).not.toContain('松河污水处理工程');
  });

  it('reads a programme two headings name, but does not tie the sections to a goal they serve from afar', () => {
    const text = '青禾市政府工作报告（节选）\n（一）科学推进新型城镇化，着力为青禾都市圈建设筑牢空间支撑。建成松岭湿地公园。\n（二）扎实推进结构调整，着力为青禾都市圈建设夯实产业基础。开工柳塘科技园。\n（三）实施柳塘振兴行动，着力在推动工业强县上开新局。建成柳塘产业园。';
    expect(extractText(text).slogans.map((s) => s.name)).toContain('青禾都市圈建设');
    // 着力为…建设筑牢支撑: the goal is the setting of the section, neither it nor the campaign beside it is what the park serves
    expect(fulfils(text)).not.toContain('松岭湿地公园→青禾都市圈建设');
    expect(fulfils(text)).not.toContain('松岭湿地公园→新型城镇化');
    // 实施…行动: the programme the heading carries out is
    expect(fulfils(text)).toContain('柳塘产业园→柳塘振兴行动');
  });

  it('numbers bare metro lines after the prefix of the line before them', () => {
    expect(projects('轨道交通3号线开通运营，5号线全线车站完成主体结构施工，6号线、S1线加快建设。')).toEqual(
      expect.arrayContaining(['轨道交通3号线', '轨道交通5号线', '轨道交通6号线', '轨道交通S1线']),
    );
  });

  it('knows a quoted code by the words after it', () => {
    const x = extractText('建设“353”城乡交通网，加快松岭高铁、柳塘机场二期等重大项目。');
    expect(x.slogans.find((s) => s.name === '353')?.aliases).toContain('353城乡交通网');
    expect(fulfils('建设“353”城乡交通网，加快松岭高铁、柳塘机场二期等重大项目。')).toEqual(expect.arrayContaining(['松岭高铁→353']));
  });
});

describe('FULFILS on unseen text', () => {
  it('ties the projects of a paragraph to the programme its opening sentence names', () => {
    const text = '深入实施松岭振兴三年计划。建成松岭中学新校区，开通松岭高铁站，柳塘湿地公园对外开放。\n民生实事全部完成。';
    expect(fulfils(text)).toEqual(expect.arrayContaining(['松岭中学新校区→松岭振兴三年计划', '柳塘湿地公园→松岭振兴三年计划']));
  });

  it('knows a programme by its goal named alone (工业强市 of 工业强市三年行动计划)', () => {
    const text = '青禾市政府工作报告（节选）\n（二）实施集群培育行动，着力在推动工业强市上开新局。启动工业强市三年行动计划。建成柳塘产业园。\n（三）做好民生。';
    expect(extractText(text).slogans.find((s) => s.name === '工业强市三年行动计划')?.aliases).toContain('工业强市');
  });

  it('reads a short sentence carrying out a quoted programme with a comma inside its name as a run-in lead', () => {
    const text = '实施生态工程。有序推进“青山修复、城市修补”工程。实施青禾二站、松岭大堤加固等工程，建成柳塘湖公园。';
    expect(fulfils(text)).toEqual(expect.arrayContaining(['柳塘湖公园→青山修复、城市修补']));
  });

  it('reads a quoted slogan and its bracketed meaning as one, and ties the works named as its support', () => {
    const text = '以青禾小镇、松岭康养小镇等重大项目为支撑，实现“1+2”（即1带2园）融合发展新路径。';
    const x = extractText(text);
    expect(x.slogans.find((s) => s.name === '1+2')?.aliases).toContain('1带2园');
    expect(x.slogans.some((s) => s.name === '1带2园')).toBe(false);
    expect(fulfils(text)).toEqual(expect.arrayContaining(['青禾小镇→1+2', '松岭康养小镇→1+2']));
  });

  it('ties the rural programme to farm and food works, not to the city roads and new towns beside them', () => {
    const text = '深入实施乡村振兴战略，建成青禾绿色食品产业园，开通松岭路，加快柳塘新城建设。';
    expect(fulfils(text)).toContain('青禾绿色食品产业园→乡村振兴战略');
    expect(fulfils(text).some((f) => /^(松岭路|柳塘新城)→/.test(f))).toBe(false);
  });

  it('ties no work to a programme that names no aim of its own, or to a manner of working', () => {
    const text = '实施“三年行动计划”，坚持“两手抓”，建成青禾大桥。';
    expect(fulfils(text)).toEqual([]);
  });

  it('ties a reform of procedure to the service platform that carries it, not to a road built beside it', () => {
    const text = '深化“放管服”改革，建成青禾政务服务平台，开通松岭大道。';
    expect(fulfils(text)).toContain('青禾政务服务平台→放管服');
    expect(fulfils(text).some((f) => f.startsWith('松岭大道→'))).toBe(false);
  });

  it('ties works to the programme a body runs, not to a national field of policy or to a title a place is given', () => {
    const text = '深入推进新型城镇化，实施青禾城乡提升行动。建成松岭污水处理厂，创建柳塘农业示范区。';
    expect(fulfils(text)).toContain('松岭污水处理厂→青禾城乡提升行动');
    expect(fulfils(text).some((f) => f.endsWith('→新型城镇化') || f.startsWith('柳塘农业示范区→'))).toBe(false);
  });

  it('ties the works done in the parks of a zone, not the parks', () => {
    expect(fulfils('深入实施乡村振兴战略，青禾园区、松岭园区引进项目12个，建成柳塘农产品加工中心。')).toEqual(['柳塘农产品加工中心→乡村振兴战略']);
  });

  it('takes the goal a paragraph opens with as a slogan, and ties the paragraph\'s works to it', () => {
    expect(fulfils('二、抓产业\n加快打造青禾优质茶叶产业集群。建成松岭茶叶交易中心。\n')).toEqual(['松岭茶叶交易中心→青禾优质茶叶产业集群']);
  });

  it('ties the works of a sentence that opens by carrying out a brand to that brand, and no further than the next slogan', () => {
    const ties = fulfils('深化“清新松岭”品牌建设，着力打造柳塘湿地公园、青禾古镇景区，推进“数字松岭”建设，建成松岭数据中心。');
    expect(ties).toEqual(expect.arrayContaining(['柳塘湿地公园→清新松岭', '青禾古镇景区→清新松岭']));
    expect(ties).not.toContain('松岭数据中心→清新松岭');
  });

  it('ties a paragraph\'s works to the counted programme a short second sentence carries out, and takes no bare kind of work', () => {
    const text = '增投入夯实城建基础。总投资2亿元实施十大工程。截至目前，青禾村污水处理厂试运行，松岭中心幼儿园主体已完工，白木至393拓宽改造。';
    expect(fulfils(text)).toEqual(expect.arrayContaining(['青禾村污水处理厂→十大工程', '松岭中心幼儿园→十大工程']));
    expect(projects(text)).not.toContain('拓宽改造');
  });

  it('takes neither the kind after 等 as a project nor a direction held to as what a paragraph\'s works serve', () => {
    const text = '牢牢把握“经济为本”的大方向，经济运行稳中有升。鼓励企业提升产能，实施青禾机械、松岭渔业等技改扩建项目2个，柳塘物流园投产。';
    expect(projects(text)).not.toContain('技改扩建项目');
    expect(fulfils(text).filter((t) => t.endsWith('→经济为本'))).toEqual([]);
  });

  it('makes no lead of a short sentence whose slogan is written only inside a work\'s name', () => {
    const ties = fulfils('松粮集团“青禾湖”品牌农产品销售收入翻番。\n城乡面貌显著改观，县镇村建设迈出新步伐。立体化交通网建设开启新阶段。松原青禾湖机场开工建设。松岭客运站投入使用，柳塘铁路投入运营。');
    expect(ties.filter((t) => /→青禾湖$/.test(t) && !t.startsWith('松原青禾湖机场'))).toEqual([]);
  });

  it('ties a section\'s works to the body\'s own programme its heading names, not to a national campaign it quotes beside it', () => {
    const text = '青禾市2018年政府工作报告（节选）\n（二）抢抓“东联西进”重大机遇，推动构建“一带一路”有机衔接的新通道。\n启动建设青禾港东站，建成松岭疏港大道。\n';
    const ties = fulfils(text);
    expect(ties).toEqual(expect.arrayContaining(['青禾港东站→东联西进', '松岭疏港大道→东联西进']));
    expect(ties.filter((t) => t.endsWith('→一带一路'))).toEqual([]);
  });

  it('reads the named field a numbered section sets out to seize, when the section keeps naming it, as its programme', () => {
    const text = '（二）抢抓西联通道建设重大机遇，推动构建陆海贸易新通道。围绕服务西联通道建设，启动建设青禾港东站铁路集装箱中心站。完善西联通道港航物流服务链，建成松岭物流园。\n（三）加快发展社会事业。建成柳塘中学。\n';
    expect(extractText(text).slogans.map((s) => s.name)).toContain('西联通道');
    expect(fulfils(text)).toEqual(expect.arrayContaining(['青禾港东站铁路集装箱中心站→西联通道', '松岭物流园→西联通道']));
    expect(fulfils(text)).not.toContain('柳塘中学→西联通道');
  });

  it('ties a paragraph\'s works to the quoted programme launched right after its short lead, unless the lead carries out one of its own', () => {
    const ties = fulfils('扩大有效投资。启动“项目六大会战”，重点实施704个重大项目。围绕工业实施青禾新能源电池片技改等项目；围绕服务业实施松岭夜经济步行街区等项目。');
    expect(ties).toEqual(expect.arrayContaining(['青禾新能源电池片技改→项目六大会战', '松岭夜经济步行街区→项目六大会战']));
    const own = fulfils('实施“幸福青禾”八大工程。启动“美丽松岭”升级版，全面推行垃圾分类。建成柳塘遗址公园。');
    expect(own).not.toContain('柳塘遗址公园→美丽松岭');
  });

  it('ties a paragraph\'s works to the programme a sentence makes its main front (把打造“…”作为…主战场)', () => {
    const ties = fulfils('（四）在调结构上开新局。把打造“两翼齐飞”作为我市产业结构调整的主战场，推动产业迈向中高端。建成青禾数据中心，开工松岭软件园。');
    expect(ties).toEqual(expect.arrayContaining(['青禾数据中心→两翼齐飞', '松岭软件园→两翼齐飞']));
  });

  it('ties the works of a sentence that opens by setting the slogan as its aim (以打造…为目标，…)', () => {
    expect(fulfils('以打造“东进西拓”物流枢纽城市为目标，全力推进松岭至柳塘城际铁路、石溪高速公路等项目建设。')).toEqual(expect.arrayContaining(['松岭至柳塘城际铁路→东进西拓', '石溪高速公路→东进西拓']));
  });

  it('ties a section\'s works to the programme its heading names, not to the vision of the place beside it, nor to a programme named in passing', () => {
    const ties = fulfils('滨江区2016年政府工作报告（节选）\n四、实施三大攻坚行动，着力建设美丽宜居滨江\n建成青禾大桥，开工松岭污水处理厂。\n五、保障民生\n实施科技赋能计划，建成柳塘创新中心。');
    expect(ties.sort()).toEqual(['松岭污水处理厂→三大攻坚行动', '青禾大桥→三大攻坚行动']);
  });

  it('ties a paragraph\'s works to the umbrella its lead names, and to the counted catchword a heading names', () => {
    const lead = fulfils('聚力“三大战场”。一是青禾钛谷，二是松岭酒城，三是柳塘物流港。建成青禾钛材检测中心，开工松岭酒城博物馆。');
    expect(lead).toEqual(expect.arrayContaining(['青禾钛材检测中心→三大战场', '松岭酒城博物馆→三大战场']));
    const heading = fulfils('青禾市政府工作报告（节选）\n一、认真落实“六稳”工作要求，推动经济增长企稳回升。\n柳塘产业园建成投产，松岭云计算基地启动建设。\n二、改善民生。\n');
    expect(heading).toEqual(expect.arrayContaining(['柳塘产业园→六稳', '松岭云计算基地→六稳']));
  });

  it('ties the numbered works listed under a lead that announces them to the programme it names, each titled work a project', () => {
    const text = '一是扎实推进产业强镇。2023年，镇党委政府共谋划农业项目3个：\n（一）药材种植产业园项目：该项目位于青禾村，总投资120万元。\n（二）高标准大棚园区项目：该项目位于松岭村。\n（三）柳塘村蔬菜保鲜库项目：该项目占地10亩。\n二是全面推进党的建设。';
    expect(fulfils(text)).toEqual(expect.arrayContaining(['药材种植产业园项目→产业强镇', '高标准大棚园区项目→产业强镇', '柳塘村蔬菜保鲜库项目→产业强镇']));
  });

  it('reads a short sentence that sets out to carry out a quoted programme as a lead, but not one that reports a result', () => {
    const text = '传统产业转型发展实现质的提升。全力打造“松岭能源牌”。青禾硅片项目建成投产，柳塘储能电站加快推进。工业实现第二个“三年翻番”。松岭电子厂建成投产。';
    const ties = fulfils(text);
    expect(ties).toEqual(expect.arrayContaining(['青禾硅片项目→松岭能源牌', '柳塘储能电站→松岭能源牌']));
    expect(ties).not.toContain('松岭电子厂→三年翻番');
  });

  it('ties a section\'s works to the umbrella its heading names as well as to the part a paragraph leads with', () => {
    const text = '青禾市政府工作报告（节选）\n四、实施三大攻坚行动，建设美丽青禾\n深入实施交通攻坚行动。建成松岭高速，开工柳塘大桥。\n五、保障民生\n';
    expect(fulfils(text)).toEqual(expect.arrayContaining(['松岭高速→三大攻坚行动', '松岭高速→交通攻坚行动', '柳塘大桥→三大攻坚行动']));
  });

  it('does not tie a project to a procedural reform named beside it', () => {
    const text = '推进“三证合一”改革，青禾政务服务中心投入使用。';
    expect(fulfils(text)).toEqual([]);
  });
});

describe('status and time on unseen text', () => {
  it('reads figures of a review as achieved and of a plan as targets, whatever their verbs', () => {
    const text = '青禾县2024年政府工作报告\n一、2023年工作回顾\n新增就业岗位1200个，增长8%。\n二、2024年工作安排\n新增就业岗位1500个，增长8.5%。';
    const x = extractText(text);
    const status = (v: number) => x.outcomes.find((o) => o.value === v)?.status;
    expect([status(1200), status(8), status(1500), status(8.5)]).toEqual(['achieved', 'achieved', 'target', 'target']);
    expect(x.document.year).toBe(2024);
  });

  it('reads an excerpt that opens in the review and turns to the plan under a bare line as review, then plan', () => {
    const text = '青禾市2020年政府工作报告（节选）\n五、惠民生增福祉\n新建学校11所，城乡劳动力免费培训1398人。\n各位代表！过去一年的成绩来之不易。\n2020年主要工作\n一、坚决打好三大攻坚战\n新建学校12所，培训劳动力1500人。\n二、扎实推进乡村振兴\n新建村级活动场所16个。\n';
    const x = extractText(text);
    const status = (v: number) => x.outcomes.find((o) => o.value === v)?.status;
    expect([status(11), status(1398), status(12), status(1500), status(16)]).toEqual(['achieved', 'achieved', 'target', 'target', 'target']);
  });

  it('reads a half-year report whose page repeats its title as reporting, not planning', () => {
    const x = extractText('青禾街道2023年上半年工作报告\n青禾街道2023年上半年工作报告\n1-5月，全街道实现财政总收入17.81亿元，固定资产投资26.66亿元。\n');
    expect(x.outcomes.map((o) => o.status)).toEqual(['achieved', 'achieved']);
  });

  it('takes the body from the office that signs a notice, a county of two characters too', () => {
    const x = extractText('各乡、镇人民政府，县直各有关单位：\n现将任务分解印发给你们，请认真落实。\n沁县人民政府办公室\n2025年5月18日\n');
    expect([x.subject.district, x.subject.city, x.subject.province]).toEqual(['沁县', '长治市', '山西省']);
  });

  it('dates a report by the bracketed line under its occasion, not by a date in its text', () => {
    const x = extractText('青禾镇2022年政府工作报告\n——在青禾镇第五届人民代表大会第三次会议上\n（2022年3月31日）\n各位代表：\n2021年是开局之年。\n');
    expect(x.document.date).toBe('2022-03-31');
    expect(extractText('青禾镇2022年工作要点\n一、总体要求\n完成以下任务：\n一是扩大投资。\n（2022年6月30日）\n').document.date).toBe(null);
  });

  it('dates a notice by its signature and names the body that signs it', () => {
    const text = '各乡镇、各部门：\n现将2019年重点工作任务分解如下，请认真抓好落实。\n余杭区人民政府办公室\n2019年3月2日\n';
    const x = extractText(text);
    expect(x.document.date).toBe('2019-03-02');
    expect(x.subject.district).toBe('余杭区');
  });

  it('reads a report excerpt by its sections, not by its title, and a summary by its title', () => {
    const excerpt = extractText('青禾市2021年政府工作报告（节选）\n（三）高位推进开放平台\n新注册企业1989家，落地重大项目69个。');
    expect(excerpt.outcomes.map((o) => o.status)).toEqual(['achieved', 'achieved']);
    const summary = extractText('松岭街道2024年工作总结\n全年举办培训班140期，培训干部1.6万人次。');
    expect(summary.outcomes.map((o) => o.status)).toEqual(['achieved', 'achieved']);
  });

  it('reads the year of a page that opens on it', () => {
    expect(extractText('2023年，在市委的坚强领导下，街道上下团结一心。2024年，要坚定信心。').document.year).toBe(2023);
  });

  it('reads the year of a summary from its title, not from the date it was published', () => {
    const x = extractText('青禾街道2022年工作总结和2023年工作计划 2023-02-24\n一、2022年工作回顾\n完成固定资产投资3亿元。');
    expect(x.document.year).toBe(2022);
    expect(x.document.date).toBe('2023-02-24');
  });
});

describe('shapes of district and street pages', () => {
  it('names each item counted before what it is, when the count matches the items', () => {
    const names = projects('加快青禾居和柳塘苑两个高端酒店建设。推进松岭、石溪、桐川三个市域副中心建设。');
    expect(names).toEqual(expect.arrayContaining(['青禾居', '柳塘苑']));
    expect(names).not.toContain('松岭');
  });

  it('keeps a place ending in 口 whole and takes no honour or count as a name', () => {
    const names = projects('建成青石口工业园。小青街荣获省级文化旅游休闲街区。打造海陆空三大交通枢纽。');
    expect(names).toContain('青石口工业园');
    expect(names.some((n) => n.includes('休闲街区') || n.includes('枢纽'))).toBe(false);
  });

  it('ties the works of a sentence to the programme whose results open it', () => {
    const ties = fulfils('（一）产业发展\n主导产业集聚壮大。“工业翻番”成效明显，建成青禾汽车产业基地，青石口工业园位居全市前列。');
    expect(ties).toEqual(expect.arrayContaining(['青禾汽车产业基地→工业翻番', '青石口工业园→工业翻番']));
  });

  it('reads a counted programme that opens a numbered heading as a slogan', () => {
    expect(slogan('一、三件大事取得决定性进展\n青禾街征收取得重大突破。', '三件大事')).toBeDefined();
  });

  it('reads the date line under a page title and container units', () => {
    const x = extractText('青禾街道2024年工作总结\n\n2025-02-28 14:50  来源: 青禾街道\n\n港区集装箱吞吐量达1030万标箱。');
    expect(x.document.date).toBe('2025-02-28');
    expect(x.outcomes.map((o) => `${o.value}${o.unit}`)).toContain('1030万标箱');
  });

  it('takes no class of works built as a programme, and no place-brand inside a name', () => {
    const x = extractText('加大产业项目建设扶持力度。产业项目建设成效明显。推进中意设计创新青禾中心和清溪生态新城建设。');
    expect(x.slogans.map((s) => s.name)).not.toEqual(expect.arrayContaining(['产业项目建设']));
    expect(x.slogans.map((s) => s.name)).not.toContain('生态新城');
  });

  it('ties the works near a heading to the programme it names, not works far down a long section', () => {
    const filler = '持续优化营商环境，深化各项改革，服务企业发展。'.repeat(70);
    const ties = fulfils(`二、主要工作\n\n（一）深入实施“青禾振兴”计划\n\n建成松岭湿地公园。${filler}建成柳塘体育中心。\n\n（二）持续优化营商环境\n\n深化改革。`);
    expect(ties).toContain('松岭湿地公园→青禾振兴');
    expect(ties).not.toContain('柳塘体育中心→青禾振兴');
  });
  it('reads two campaigns carried out together as two, and a strong-body slogan after 大兴', () => {
    const names = extractText('纵深推进扫黑治乱和平安护航行动，发案率下降。大兴品牌强市，竞争力提升。').slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['扫黑治乱', '平安护航行动', '品牌强市']));
  });
  it('gives a street run by a development zone the zone as its district', () => {
    const x = extractText('2023年，在东湖高新区党工委、管委会的坚强领导下，关东街道坚持党建引领，完成固定资产投资3亿元。');
    expect(x.subject).toMatchObject({ street: '关东街道', district: '东湖高新区', city: '武汉市' });
  });
  it('takes counted programmes listed right after a slogan of counts as its parts, and no clause as a part', () => {
    const x = extractText('继续推进“三个一”行动计划，组织实施百大产业项目、十大交通工程和十大民生工程。牢固树立“五大发展”理念，以促进转型发展为主线，以增强持续发展为核心，大力优化营商发展，不断开创全面发展，推动协调发展。');
    expect(x.slogans.find((s) => s.name === '三个一')?.parts).toEqual(['百大产业项目', '十大交通工程', '十大民生工程']);
    expect(x.slogans.find((s) => s.name === '五大发展')?.parts ?? []).toEqual([]);
  });
  it('reads the rise a place names twice as its goal, and a campaign carried out (开展了) as one', () => {
    const names = extractText('在加速黄陂全面崛起的征途上阔步前行，基本实现了黄陂全面崛起。扎实开展了乡村治理清零行动。').slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['黄陂全面崛起', '乡村治理清零行动']));
  });
  it('names each facility of a batch listed before 等一批…设施', () => {
    expect(projects('青禾华侨城、松岭喜来登酒店、柳塘湾游艇会、石溪购物村等一批高端旅游设施建成运营。')).toEqual(expect.arrayContaining(['柳塘湾游艇会', '石溪购物村']));
  });
  it('takes the parts of a numbered slogan from the short run-in leads of the paragraph it opens', () => {
    const x = extractText('一年来，我们主要做了以下工作：\n\n（一）打好三大攻坚战，着力补齐发展短板。有效防控重大风险。持续开展专项整治，守住了底线。扎实开展精准脱贫。实施八大工程，贫困人口全部脱贫。强力推进污染防治。建成区黑臭水体全部消除。\n\n（二）支持实体经济。');
    expect(x.slogans.find((s) => s.name === '三大攻坚战')?.parts).toEqual(['防控重大风险', '精准脱贫', '污染防治']);
  });
  it('reads a bracketed list before its count, and a list a verb opens after a quoted slogan', () => {
    const x = extractText('全面实施突出（果蔬、商贸、民生）三大经济事业，提升（新村建设、城镇建设、安全稳定）三项工作水平，努力兴办实事。探索“三务融合”试点，制定党务、政务、法务“三张清单”。');
    const parts = (name: string) => x.slogans.find((s) => s.name === name)?.parts;
    expect(parts('三大经济事业')).toEqual(['果蔬', '商贸', '民生']);
    expect(parts('三项工作')).toEqual(['新村建设', '城镇建设', '安全稳定']);
    expect(parts('三务融合')).toEqual(['党务', '政务', '法务']);
  });
  it('reads a quoted campaign that speaks in the first person (“我为…”) as a slogan', () => {
    expect(slogan('梳理“我为企业解难题”清单50项，逐项推进。', '我为企业解难题')).toBeDefined();
  });
  it('takes the title after a disclosure header, and the one street a page names when it speaks of itself as 街道', () => {
    const page = extractText('索引号 001008003001085/2021-30196\n组配分类 计划总结 发布机构 青禾街道\n生成日期 2021-01-28 公开方式 主动公开\n\n青禾街道2020年工作总结及2021年工作思路\n\n一、2020年工作总结\n完成投资3亿元。');
    expect(page.document.year).toBe(2020);
    const lone = extractText('今年以来，召开街道党工委中心组学习16次。印发街道《关于加强基层治理的实施方案》。制定《小寨路街道机关干部管理办法》等八项制度。');
    expect(lone.subject).toMatchObject({ street: '小寨路街道', district: '雁塔区' });
  });
  it('reads a counted programme whose counted noun carries a figure (三个百亿元产业工程) and ties the works of its sentence', () => {
    const x = extractText('启动实施竹、茶、油茶三个百亿元产业工程，青禾竹产业园、松岭砖茶产业园建设加快推进。');
    expect(x.slogans.find((s) => s.name === '三个百亿元产业工程')?.parts).toEqual(['竹', '茶', '油茶']);
    expect(fulfils('启动实施竹、茶、油茶三个百亿元产业工程，青禾竹产业园、松岭砖茶产业园建设加快推进。')).toContain('青禾竹产业园→三个百亿元产业工程');
  });
  it('takes no study group, student or governing body for a work, and no later title of an honour list', () => {
    const names = projects('召开街道党工委中心组学习16次，干部集中学习5次。在青禾高新区党工委、管委会的领导下，核准松岭电厂。被评为全省和谐社区建设示范区、义务教育发展基本均衡示范区。');
    expect(names).toContain('松岭电厂');
    expect(names.some((n) => /中心|中学|高新区|示范区/.test(n))).toBe(false);
  });
  it('takes no field of work listed before 等项目, and no 以 or 打造 opening a name', () => {
    const names = projects('推进奶产业、粮食安全、青禾物流园等项目建设。以松岭金融产业园为载体，成功打造柳塘公园、石溪公园。');
    expect(names).toEqual(expect.arrayContaining(['青禾物流园', '松岭金融产业园']));
    expect(names.some((n) => /^(奶产业|粮食安全|以|成功)/.test(n))).toBe(false);
  });
  it('takes parts from a list a verb opens and 和 closes, from the fields the following clauses work around, and a Chinese date line', () => {
    const x = extractText('青禾街道2021年工作计划\n\n2021年02月26日 来源: 青禾\n\n推动小街巷、城中村、棚户区、国有企业危旧房和城市出入口“五大改造”，整治小街巷700条。启动“项目三大会战”，实施重大项目。围绕工业实施青禾技改等项目；围绕重大基础设施实施高速北移等项目；围绕农业实施高标准农田等项目。');
    const parts = (name: string) => x.slogans.find((s) => s.name === name)?.parts;
    expect(parts('五大改造')).toEqual(['小街巷', '城中村', '棚户区', '国有企业危旧房', '城市出入口']);
    expect(parts('项目三大会战')).toEqual(['工业', '重大基础设施', '农业']);
    expect(x.document.date).toBe('2021-02-26');
  });
  it('takes no kind of work done, no partner company and no 24-hour count for a named work', () => {
    const names = projects('开展渣土运输整治和公厕星级评比等活动。实施农村供水保障、电网巩固提升等工程。与青禾铝业、松岭集团等18家央企签约项目47个。建成24小时自助图书馆，所有社区便民服务站投用。');
    expect(names.some((n) => /整治|评比|保障|提升|铝业|集团|小时|^所有/.test(n))).toBe(false);
  });
  it('reads a quoted campaign carried out (开展“…”活动) and every programme a verb lists as slogans', () => {
    const names = extractText('扎实开展“开拓青禾万里行”活动。启动高端人才引进计划、松岭工匠培育计划，持续开展招才引智活动。').slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['开拓青禾万里行', '高端人才引进计划', '松岭工匠培育计划']));
  });
  it('reads a PDF\'s spaced year and figures at the head of a broken line, a news page\'s date line, and a year-end meeting on next year\'s work', () => {
    const pdf = extractText('青禾镇 2023 年政府工作报告\n各位代表:\n预计全镇实现工农业总值\n31.88 亿元,增长 7%;完成财政总收入\n1246.34 万元。');
    expect(pdf.document.year).toBe(2023);
    expect(pdf.outcomes.map((o) => `${o.value}${o.unit}`)).toEqual(expect.arrayContaining(['31.88亿元', '1246.34万元']));
    const news = extractText('青禾街道召开2025年工作讨论会\n\n政务   2024-12-28 12:34   上海\n\n会议总结2024年工作成效，谋划2025年工作重点。');
    expect(news.document.date).toBe('2024-12-28');
    expect(news.document.year).toBe(2024);
  });
  it('takes a city\'s report for the city whose short name it keeps repeating', () => {
    const text = '二、主要工作安排\n建设文化绵阳，办好绵阳科博会。推进绵阳高新区发展，完善绵阳港口功能，建设绵阳数据中心。';
    expect(extractText(text).subject.city).toBe('绵阳市');
  });
  it('joins a quoted counted pair to the action that follows it (“六城”同创) and gives the whole its parts', () => {
    const x = extractText('推进青禾城、松岭城、柳塘城、石溪城、松河城和白沙城“六城”同创，开展整治。深化林地“两权”分置改革。');
    expect(x.slogans.map((s) => s.name)).toEqual(expect.arrayContaining(['六城同创', '两权分置']));
    expect(x.slogans.find((s) => s.name === '六城同创')?.aliases).toContain('六城');
  });
  it('keeps the stretch a line is opened in (号线南段, 城区段) and a rapid line (快线) in the name', () => {
    const names = projects('加快青禾城际轨道交通快线建设，地铁5号线南段开通运营。建成松岭城际铁路城区段。');
    expect(names).toEqual(expect.arrayContaining(['青禾城际轨道交通快线', '地铁5号线南段', '松岭城际铁路城区段']));
  });
  it('reads each city a body means to become (打造成为…门户城市、…开放城市) as a slogan, not the verb with it', () => {
    const names = extractText('努力把青禾打造成为沿江门户城市、沿边开放城市。加快建设松岭生态宜居山水城市。').slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['沿江门户城市', '沿边开放城市', '松岭生态宜居山水城市']));
    expect(names.some((n) => /^(成为|打造)/.test(n))).toBe(false);
  });
  it('reads a programme a body launches or deepens (启动…工程, 实施…大会战) as a slogan', () => {
    const names = extractText('启动百户青禾企业集群工程，深化松商回引工程。实施重大项目攻坚大会战，落实联系制度。').slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['百户青禾企业集群工程', '松商回引工程', '重大项目攻坚大会战']));
  });
  it('reads a belt of development a body builds or joins as a slogan, without the verbs before it, and a belt between two places not at all', () => {
    const names = extractText('加快青松经济带建设，主动融入柳江沿岸经济带。推进青禾至松岭城港经济带建设。').slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['青松经济带', '柳江沿岸经济带']));
    expect(names.some((n) => /至|^主动|^融入/.test(n))).toBe(false);
  });
  it('reads a quoted activity as a campaign whatever verb goes with it (结合“…”活动, “…”活动蓬勃开展)', () => {
    const x = extractText('结合“青禾体验”活动，解决了一批问题。“松岭读书”活动蓬勃开展。');
    expect(x.slogans.map((s) => s.name)).toEqual(expect.arrayContaining(['青禾体验', '松岭读书']));
    expect(x.projects.map((p) => p.name).some((n) => /活动$/.test(n))).toBe(false);
  });
  it('keeps each item of a quoted list of years a slogan of its own, the first too, beside a shorter slogan it begins with', () => {
    const names = extractText('围绕“青禾崛起”定位，以“青禾崛起奋进年、营商环境提升年、项目落地年”活动为抓手。').slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['青禾崛起', '青禾崛起奋进年', '营商环境提升年', '项目落地年']));
  });
  it('reads a quoted hundred of things (“百个…小镇”) as a counted programme, not a project', () => {
    const x = extractText('落实“百个青禾特色小镇”部署，出台扶持政策。');
    expect(x.slogans.map((s) => s.name)).toContain('百个青禾特色小镇');
    expect(x.projects.map((p) => p.name)).not.toContain('百个青禾特色小镇');
  });
  it('reads a culture brand of a city (文化绵阳) as a slogan, but not inside the name of a platform', () => {
    const names = extractText('加快建设文化绵阳，推动文化繁荣。建成文化遵义云平台。').slogans.map((s) => s.name);
    expect(names).toContain('文化绵阳');
    expect(names).not.toContain('文化遵义');
  });
  it('reads an unquoted counted framing a body speeds up (加快一核两翼创新能力建设) as a slogan', () => {
    expect(extractText('加快一核两翼创新能力建设，增强辐射带动效应。').slogans.map((s) => s.name)).toContain('一核两翼');
  });
  it('reads a quoted count of counts in digits (“5 个 20”重点项目) as a counted slogan, not a project', () => {
    const x = extractText('扎实推进州级“5 个 20”重点项目，全面启动建设。');
    expect(x.slogans.map((s) => s.name)).toContain('5个20');
    expect(x.projects.map((p) => p.name).some((n) => n.startsWith('5个20'))).toBe(false);
  });
  it('reads a maxim of merit or a one-for-one reform written without quotes, not a measure disowned', () => {
    const names = extractText('强化以效益论英雄，激发园区活力。全面推行告知承诺、一业一证等改革。不以GDP增长率论英雄。').slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['以效益论英雄', '一业一证']));
    expect(names.some((n) => /增长率/.test(n))).toBe(false);
  });
  it('reads the centre of finance or innovation a city means to be as a slogan, not a project, and a bonded logistics centre as neither', () => {
    const x = extractText('提速建设松河上游地区金融中心，加快建设国际科技创新中心。建成国家级保税物流中心。');
    const names = x.slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['松河上游地区金融中心', '国际科技创新中心']));
    expect(names.some((n) => /保税/.test(n))).toBe(false);
    expect(x.projects.map((p) => p.name)).not.toContain('松河上游地区金融中心');
  });
  it('ends a name at its head when a count of what the named things are follows (…纪念馆两个红色教育基地)', () => {
    expect(projects('着力打造青禾烈士陵园、松岭村柳塘坪抗战纪念馆两个红色教育基地。')).toContain('松岭村柳塘坪抗战纪念馆');
  });
  it('gives numbered lines listed before the 线 they share their prefix and their 线 (地铁4号、7号线)', () => {
    expect(projects('加快地铁4号、7号线建设。')).toEqual(expect.arrayContaining(['地铁4号线', '地铁7号线']));
  });
  it('names a business quarter and a port\'s operating area by their heads (商务区, 作业区)', () => {
    expect(projects('加快松岭商务区建设，推进柳塘作业区开工。')).toEqual(expect.arrayContaining(['松岭商务区', '柳塘作业区']));
  });
  it('takes no work named only by what kind of upgrade or trial it is (提标改造, 中试项目, 新上项目), but a place\'s park of a kind', () => {
    const names = projects('推进污水处理厂提标改造，加快中试项目和新上项目建设，建成松岭光伏产业园。');
    expect(names).toContain('松岭光伏产业园');
    expect(names.some((n) => /^(提标改造|中试项目|新上项目|光伏产业园)$/.test(n))).toBe(false);
  });
  it('reads a quoted hotline and a quoted counted passage listed among projects as projects, not slogans', () => {
    const x = extractText('持续抓好青禾街坊二期、“六九通道”等项目建设，继续推动“96345”便民热线等工作提质增效。');
    expect(x.projects.map((p) => p.name)).toEqual(expect.arrayContaining(['六九通道', '96345便民热线']));
    expect(x.slogans.map((s) => s.name).some((n) => /六九通道|96345/.test(n))).toBe(false);
  });
  it('reads a quoted route between two places as the line it names (“青禾—松岭”等集装箱航线), not a slogan', () => {
    const x = extractText('“青禾—松岭”等集装箱航线开通。');
    expect(x.projects.map((p) => p.name)).toContain('青禾—松岭集装箱航线');
    expect(x.slogans.map((s) => s.name)).not.toContain('青禾—松岭');
  });
  it('reads a strength a body means to reach with its full means (松岭茶产业强县), and a strategy past an inner verb (推动健康中国战略)', () => {
    const names = extractText('加快建设松岭茶产业强县。抓住国家推动健康中国战略的机遇，加快创建文化强县。').slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['松岭茶产业强县', '健康中国战略', '文化强县']));
    expect(names).not.toEqual(expect.arrayContaining(['茶产业强县']));
    expect(names.some((n) => /^(国家推动|创建)/.test(n))).toBe(false);
  });

  it('reads a quoted facility named by its ordinal (“第三港区”) as a project, not a slogan', () => {
    const x = extractText('深化青禾港松岭“第三港区”建设，推动关务、港务一体化。');
    expect(x.slogans.map((s) => s.name)).not.toContain('第三港区');
    expect(x.projects.map((p) => p.name)).toContain('第三港区');
  });

  it('gives quoted programmes in a row the head after the last of them (“青禾”“松岭”等行动)', () => {
    const x = extractText('鼓励企业参与“青禾”“松岭”等行动，实施“县中提质”“一校一景”工程。');
    const names = x.slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['青禾行动', '松岭行动', '县中提质', '一校一景']));
    expect(x.slogans.find((s) => s.name === '县中提质')?.aliases).toContain('县中提质工程');
  });

  it('calls a known campaign also by the kind of drive named after it (扫黑除恶专项斗争)', () => {
    expect(slogan('青禾区扫黑除恶专项斗争收官战有力推进。', '扫黑除恶')?.aliases).toContain('扫黑除恶专项斗争');
  });

  it('ties the works listed before 等…“X”项目 to the programme they are counted in', () => {
    expect(fulfils('全力扩大有效投资，青禾水库、松岭高速和柳塘半导体功率器件等148个省“千项万亿”项目顺利推进。')).toEqual(
      expect.arrayContaining(['青禾水库→千项万亿', '松岭高速→千项万亿', '柳塘半导体功率器件→千项万亿']),
    );
  });

  it('ties to rural revitalisation only the village, farm and land works of its section', () => {
    const ties = fulfils('（三）推进乡村全面振兴\n建成青禾村现代农业产业园，完成松岭路改扩建工程，上线柳塘城市大脑。');
    expect(ties).toContain('青禾村现代农业产业园→乡村全面振兴');
    expect(ties.filter((t) => /松岭路|城市大脑/.test(t))).toEqual([]);
  });

  it('keeps quoted reaches in minutes with the circle they make as one slogan', () => {
    const x = extractText('“市域30分钟、青禾30分钟、松岭60分钟”交通圈加快构建。');
    expect(x.slogans.map((s) => s.name)).toEqual(['市域30分钟、青禾30分钟、松岭60分钟']);
    expect(x.slogans[0].aliases).toContain('市域30分钟、青禾30分钟、松岭60分钟交通圈');
  });

  it('reads a forest city brand and the rural revitalisation named in full as slogans', () => {
    const names = extractText('全域深化森林衢州建设。推进乡村全面振兴。').slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['森林衢州', '乡村全面振兴']));
  });

  it('reads a plan carried out whose name opens with 新 or 大 as a programme, and counted hard battles as a slogan', () => {
    const names = extractText('实施新兴产业倍增计划。实施大数据发展行动。打赢五场脱贫硬仗。').slogans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['新兴产业倍增计划', '大数据发展行动', '五场脱贫硬仗']));
  });

  it('reads a 大会战 of a kind of works carried out as a programme (深入推进交通建设大会战)', () => {
    expect(slogan('深入推进交通建设大会战，进一步完善综合交通体系。', '交通建设大会战')).toBeDefined();
  });

  it('takes no title won (被评为“…”, 获“…”) and no kind of business counted (18家“…”) for a slogan', () => {
    const names = extractText('2个村庄、18家“松岭农舍”分别被评为全省乡村旅游“示范村”和“金牌农舍”。青禾米获“国家地理标志产品”。').slogans.map((s) => s.name);
    expect(names.some((n) => /松岭农舍|示范村|金牌农舍|国家地理标志产品/.test(n))).toBe(false);
  });

  it('names a hospital\'s or an academy\'s new site, branch and ward block with it (…医院新院, …医院松岭院区, …科学院松岭分院, …医院门诊楼)', () => {
    const names = projects('青禾市第二人民医院新院建成运营，柳塘县人民医院松岭院区、市中医院石桥分院开工，建设市妇幼医院门诊楼，青禾科学院松岭分院落户。');
    expect(names).toEqual(expect.arrayContaining(['青禾市第二人民医院新院', '柳塘县人民医院松岭院区', '市中医院石桥分院', '市妇幼医院门诊楼', '青禾科学院松岭分院']));
    expect(names).not.toContain('青禾市第二人民医院');
  });

  it('starts a name after a verb of linking or running it (拉通, 开行, 召开), and takes no region many cities share for a work', () => {
    const names = projects('拉通柳塘大道，常态化开行青禾中欧班列，召开松岭旅游发展大会，实地走访石桥湿地公园。深度融入中原经济区和长三角经济区，建设松岭临空经济区。');
    expect(names).toEqual(expect.arrayContaining(['柳塘大道', '青禾中欧班列', '松岭旅游发展大会', '石桥湿地公园', '松岭临空经济区']));
    expect(names.some((n) => /^(拉通|开行|常态化|召开|实地|走访)|^(中原|长三角)经济区$/.test(n))).toBe(false);
  });

  it('ties the works of a sentence to the programme it opens with, past a clause that names an unquoted step of its own', () => {
    const ties = fulfils('积极实施乡村振兴战略，启动农村人居环境整治三年行动，隆重举办首届青禾农民丰收节，成功举办松岭茶叶节。');
    expect(ties).toEqual(expect.arrayContaining(['首届青禾农民丰收节→乡村振兴战略', '松岭茶叶节→乡村振兴战略']));
  });

  it('names complexes, utility tunnels, liner routes and furnaces by their heads (综合体, 管廊, 班轮, 高炉)', () => {
    const names = projects('打造松岭商业综合体，建成柳塘地下综合管廊，开通青禾港—松岭港集装箱班轮，石桥钢铁二号高炉建成投产。');
    expect(names).toEqual(expect.arrayContaining(['松岭商业综合体', '柳塘地下综合管廊', '青禾港—松岭港集装箱班轮', '石桥钢铁二号高炉']));
  });

  it('takes no quoted pilot a body is chosen for (“青禾模式”试点) for a project', () => {
    const names = projects('全面推开“松岭改革”试点，获批“青禾房”试点，建成柳塘文化中心。');
    expect(names).toContain('柳塘文化中心');
    expect(names.some((n) => n.endsWith('试点'))).toBe(false);
  });

  it('takes a city\'s facility named by its kind only where it is not the start of a longer name (市人民医院 in 市人民医院二期工程)', () => {
    const names = projects('市人民医院二期工程开工，建成市图书馆、博物馆。');
    expect(names).toEqual(expect.arrayContaining(['市人民医院二期工程', '市图书馆', '市博物馆']));
    expect(names).not.toContain('市人民医院');
  });

  it('reads programmes of works joined to the first one carried out as programmes too (推进青禾振兴工程和松岭人才工程)', () => {
    const text = '全面推进青禾振兴工程和松岭人才工程，建成柳塘大道。';
    expect(slogan(text, '青禾振兴工程')).toBeDefined();
    expect(slogan(text, '松岭人才工程')).toBeDefined();
  });

  it('names landfills, workers\' palaces, creative parks, green corridors and loops by their heads, and streets listed before the kind of road they are', () => {
    const names = projects('建成青禾、松岭飞灰填埋场，柳塘工人文化宫和石桥文创园开放。建设石桥至凤岭绿廊，建成青禾山步行环线。青禾路、松岭巷等断头路打通，青禾西、松岭东等片区改造开发加快。');
    expect(names).toEqual(expect.arrayContaining(['青禾飞灰填埋场', '松岭飞灰填埋场', '柳塘工人文化宫', '石桥文创园', '石桥至凤岭绿廊', '青禾山步行环线', '青禾路', '松岭巷', '青禾西片区', '松岭东片区']));
  });

  it('reads a programme counted in figures after the verb that sets it out, with the parts its ordinal items name', () => {
    const found = slogan('着力打造3个重点场景。一是青禾智造场景。二是松岭文旅场景。三是柳塘康养场景。', '3个重点场景');
    expect(found?.parts).toEqual(['青禾智造场景', '松岭文旅场景', '柳塘康养场景']);
  });

  it('reads the parts of a quoted count from the list its next clause carries out, and a count in figures after 打造…的', () => {
    expect(slogan('突出“四大支点”，推动青禾开放、松岭创新、柳塘更新、石桥安全，确保落地落实。', '四大支点')?.parts).toEqual(['青禾开放', '松岭创新', '柳塘更新', '石桥安全']);
    expect(slogan('打造独具青禾特质的2个标志场景。一是松岭文旅场景。二是柳塘康养场景。', '2个标志场景')?.parts).toEqual(['松岭文旅场景', '柳塘康养场景']);
  });

  it('gives places counted before a kind of work each that work, and keeps the count out of every name (青禾、松岭两个…试验区)', () => {
    const names = projects('加快青禾、松岭两个国家级循环经济试验区建设。');
    expect(names).toEqual(expect.arrayContaining(['青禾国家级循环经济试验区', '松岭国家级循环经济试验区']));
    expect(names.some((n) => /两个/.test(n))).toBe(false);
  });

  it('reads a quoted programme whose projects are counted (等23个“X”项目) and a programme named by a code of figures (“456”…工程) as slogans', () => {
    const text = '青禾湖、松岭溪等23个“柳塘山水城市”项目启动实施。启动实施“456”科技支撑工程项目，深化“2030”工程。';
    expect(slogan(text, '柳塘山水城市')).toBeDefined();
    expect(slogan(text, '456')?.aliases).toContain('456科技支撑工程');
    expect(slogan(text, '2030')?.aliases).toContain('2030工程');
    expect(fulfils(text)).toEqual(expect.arrayContaining(['青禾湖→柳塘山水城市', '松岭溪→柳塘山水城市']));
  });

  it('reads places joined by the first characters of their names and made one (构建禾塘岭一体化发展…) as a slogan, but not kinds of things made one (城乡一体化)', () => {
    const text = '全力构建禾塘岭一体化发展新格局。深入推进城乡一体化。深化通关一体化改革。';
    expect(slogan(text, '禾塘岭一体化')?.aliases).toContain('禾塘岭一体化发展');
    expect(slogan(text, '城乡一体化')).toBeUndefined();
    expect(slogan(text, '通关一体化')).toBeUndefined();
  });

  it('reads a means and the body it strengthens after a chain of verbs (加快交通强市建设), a one-character means after 以 (突出以港兴城), and a city title carried forward (深入推进…之都建设)', () => {
    const text = '（二）突出以湖兴城，着力提升开放水平。加快交通强市建设，推动青禾城际开工。深入推进松岭书香之都建设。延续文脉，文化兴街。';
    expect(slogan(text, '以湖兴城')).toBeDefined();
    expect(slogan(text, '交通强市')).toBeDefined();
    expect(slogan(text, '松岭书香之都')).toBeDefined();
    expect(slogan(text, '文化兴街')).toBeDefined();
  });

  it('reads the national river campaigns unquoted, places made one after 是, 和 or 聚焦, and a place a body sets out to make flow (打造畅通…)', () => {
    const text = '五是坚持把长江大保护作为压倒性任务。聚焦自贸港建设和禾塘一体化发展。是禾岭一体化发展动能加速释放的关键之年。围绕完善路网结构，打造畅通柳州。';
    const forms = extractText(text).slogans.flatMap((s) => [s.name, ...s.aliases]);
    expect(forms).toEqual(expect.arrayContaining(['长江大保护', '禾岭一体化', '畅通柳州']));
    expect(forms.some((f) => f.startsWith('禾塘一体化'))).toBe(true);
  });

  it('reads the programme a list makes after 等 and a count in figures (…等6大领域消费工程), with most of its items as parts, but not a count of works listed (等3个湿地工程)', () => {
    const text = '实施养老健康家政、信息、旅游、住房、绿色、教育文化体育等6大领域消费工程。推进青禾湿地、松岭湿地、柳塘湿地等3个湿地工程。';
    expect(slogan(text, '6大领域消费工程')?.parts).toEqual(expect.arrayContaining(['信息', '旅游', '住房', '绿色', '教育文化体育']));
    expect(slogan(text, '3个湿地工程')).toBeUndefined();
  });

  it('reads the zone a place sets out to make of a national campaign as its goal (…高质量发展先行区)', () => {
    expect(slogan('聚焦建设黄河流域生态保护和高质量发展先行区，抓源头治理。', '黄河流域生态保护和高质量发展先行区')).toBeDefined();
  });

  it('reads a long counted programme of works and a counted set of brands with the brands listed before it, but not a count of zones by grade or of two kinds of work joined', () => {
    const text = '十大红色遗址保护提升工程和五大文化旅游园区建设加快推进。坚持打好青禾苹果、松岭红枣、柳塘小米、石溪山羊四大特色品牌。建设三个二级园区。实施七条道路及地下管网工程。';
    expect(slogan(text, '十大红色遗址保护提升工程')).toBeDefined();
    expect(slogan(text, '五大文化旅游园区')).toBeDefined();
    expect(slogan(text, '四大特色品牌')?.parts).toEqual(['青禾苹果', '松岭红枣', '柳塘小米', '石溪山羊']);
    expect(slogan(text, '三个二级园区')).toBeUndefined();
    expect(slogan(text, '七条道路及地下管网工程')).toBeUndefined();
  });
});

describe('FULFILS on unseen text', () => {
  it('ties no paragraph to a construction its lead carries out, and no town\'s housing renewal to rural revitalisation', () => {
    const text = '持续推进青禾山水乡村建设。\n推进青禾山水乡村建设。建成松岭公园、柳塘湿地公园，开工建设石溪体育馆。\n大力实施乡村振兴战略。完成城镇老旧小区改造项目12个，建成青禾村文化礼堂。';
    expect(slogan(text, '青禾山水乡村建设')).toBeDefined();
    expect(slogan(text, '乡村振兴战略')).toBeDefined();
    expect(fulfils(text)).toEqual([]);
  });
});

describe('FULFILS to troubles and to the campaigns against poverty', () => {
  it('ties no work to the troubles a heading sets out to ease, nor a railway to the campaign against poverty', () => {
    const text = '（一）坚决打赢精准脱贫攻坚战。建成松岭易地扶贫搬迁安置点，开通柳塘市郊铁路。\n（二）着力解决群众“急难愁盼”问题。建成青禾学校、松岭医院。';
    expect(slogan(text, '精准脱贫攻坚战')).toBeDefined();
    expect(slogan(text, '急难愁盼')).toBeDefined();
    expect(projects(text)).toEqual(expect.arrayContaining(['柳塘市郊铁路', '青禾学校', '松岭医院']));
    expect(fulfils(text)).toEqual([]);
  });

  it('ties no work to the national field of policy a heading names, however it is quoted (“三农”)', () => {
    const text = '（一）扎实做好“三农”工作。建成青禾农业产业园、松岭蔬菜基地。';
    expect(slogan(text, '三农')).toBeDefined();
    expect(projects(text)).toEqual(['青禾农业产业园', '松岭蔬菜基地']);
    expect(fulfils(text)).toEqual([]);
  });
});

describe('dates on unseen text', () => {
  it('dates a news item by the day its lead gives and the year of its title', () => {
    expect(extractText('青禾市2023年政府工作报告（节选）\n青禾日报讯 1月30日，市长在会上说，今后五年要建成松岭大道。').document.date).toBe('2023-01-30');
    expect(extractText('青禾市2023年政府工作报告（节选）\n今后五年，1月30日前完成松岭大道规划。').document.date).toBeNull();
  });

  it('dates a news page by its date line when the labels are set off with slashes (来源/ … 时间/2023-06-19)', () => {
    expect(extractText('松岭镇：蔬菜产业园建设提速\n\n来源/ 青禾乡村网 作者/ 时间/2023-06-19 10:39:20\n  完成高标准农田建设5.3万亩。').document.date).toBe('2023-06-19');
  });
});

