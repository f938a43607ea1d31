// Campaigns that one province launched and its streets and towns keep naming: when a place name
// is shared across provinces, they tell which province a document comes from.
const CAMPAIGNS: Record<string, readonly string[]> = {
  浙江省: ['八八战略', '最多跑一次', '五水共治', '三改一拆', '四边三化', '千村示范万村整治', '清廉浙江', '两个先行', '浙里办', '共同富裕示范', '未来社区'],
  广东省: ['百千万工程', '粤省事', '粤港澳大湾区'],
  江苏省: ['强富美高', '苏服办'],
  上海市: ['一网通办', '一网统管', '随申办'],
  山东省: ['走在前、开新局', '爱山东'],
  陕西省: ['追赶超越', '秦岭生态'],
  福建省: ['数字福建', '清新福建', '闽政通'],
  河北省: ['雄安新区', '冀时办'],
  重庆市: ['渝快办'],
  四川省: ['天府通办'],
  湖北省: ['鄂汇办'],
  安徽省: ['皖事通'],
  // each province's app of government services
  江西省: ['赣服通'],
  湖南省: ['湘易办'],
  贵州省: ['多彩宝'],
  云南省: ['一部手机办事通', '一部手机游云南'],
  河南省: ['豫事办'],
  海南省: ['海易办'],
  吉林省: ['吉事办'],
  辽宁省: ['辽事通'],
  甘肃省: ['甘快办'],
  山西省: ['三晋通'],
  内蒙古自治区: ['蒙速办'],
  天津市: ['津心办'],
};

/** How often the text names the campaigns of a province. */
export function provinceCampaignHits(text: string, province: string): number {
  let hits = 0;
  for (const c of CAMPAIGNS[province] ?? []) for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + c.length)) hits++;
  return hits;
}
