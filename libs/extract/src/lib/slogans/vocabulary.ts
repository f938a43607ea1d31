// General vocabulary for telling slogans, projects and other quoted words apart.

/** Widely used national and provincial campaigns, recognised without quotation marks. */
export const KNOWN_CAMPAIGNS: readonly string[] = [
  '最多跑一次', '五水共治', '三改一拆', '八八战略', '四边三化', '亩均论英雄', '五大发展理念', '供给侧结构性改革',
  '供给侧改革', '三严三实', '两学一做', '放管服', '一带一路', '四个全面', '五位一体', '乡村振兴战略',
  '创新驱动发展战略', '千村示范万村整治', '腾笼换鸟', '凤凰涅槃', '四换三名', '八项规定', '不忘初心、牢记使命',
  '长三角一体化', '共同富裕示范区', '数字化改革', '清廉浙江', '大湾区', '双招双引', '三服务',
  '长三角一体化发展', '长三角区域一体化发展', '京津冀协同发展', '长江经济带', '粤港澳大湾区', '成渝地区双城经济圈', '黄河流域生态保护和高质量发展',
  '西部大开发', '东北振兴', '中部崛起', '新型城镇化', '精准扶贫', '精准脱贫', '脱贫攻坚', '污染防治攻坚战', '三大攻坚战',
  '碧水保卫战', '净土保卫战', '健康中国', '美丽中国', '平安中国', '数字中国', '扩大内需战略', '区域协调发展战略',
  '科教兴国战略', '人才强国战略', '军民融合', '放管服改革', '双循环', '碳达峰碳中和', '厕所革命',
  '扫黑除恶', '全面从严治党', '一带一路倡议', '乡村振兴', '大众创业万众创新', '绿水青山就是金山银山',
  '新旧动能转换', '城市双修', '国企改革三年行动', '陆海新通道', '西部陆海新通道', '党的群众路线教育实践活动', '共同缔造', '项目为王', '扩权强县', '社会主义新农村建设', '新农村建设', '双创', '放管服', '证照分离', '多规合一', '互联网+',
];

/** Words after a closing quote that make the quoted name a concrete thing. */
export const PROJECT_HEADS = /^[^，。；“”等]{0,16}(项目|工程项目|中心|大楼|大厦|总部|基地|学校|小学|中学|初中|幼儿园|学院|书院|医院|驿站|公园|广场|书房|场馆|体育馆|图书馆|博物馆|基金|隧道|高架|水库|安置房|停车场|旗舰店|小程序|公众号|APP|App|app|系统|音乐节|文化节|艺术节|旅游节|美食节|邀请赛|越野赛|分站赛|联赛|马拉松|赛|活动|展会|博览会|市集|集市|专线|巴士|公交|试点|风貌区|建设项目|餐厅|书店|平台|快班|班列|(?:生态恢复|生态修复|综合整治|综合治理|治理|整治|修复)工程)/;

/** Words after a closing quote that make the quoted name a programme or framing. */
export const SLOGAN_HEADS = /^(品牌|机制|体系|理念|战略|行动|改革|模式|目标|格局|要求|部署|专班|工作法|创建|建设|理念|精神|思路|定位|方针|计划|工作|标准|样板|示范|战|年)/;

/** Verbs right before an opening quote that make the quoted name a concrete thing. */
export const PROJECT_VERBS = /(开通|上线|启用|建成|落成|开业|举办|开设|投用|开工|竣工|推出)$/;

/** Quoted phrase endings that name a concrete thing by themselves. */
export const PROJECT_NAME_ENDS = /(热线|加油站|服务站|号|嘉年华|博览会|交易会|洽谈会|论坛|峰会|运动会|文化节|旅游节|音乐节|艺术节|美食节|电影节|项目|中心|大楼|大厦|学校|小学|中学|幼儿园|学院|书院|医院|驿站|公园|广场|书房|基金|隧道|水库|小程序|公众号|系统|音乐节|文化节|艺术节|邀请赛|越野赛|分站赛|巴士|旗舰店|产业园|科技园|市|杯|谷|风光带|水道|走廊|小镇|街区|大道|平台|快班|快线|班列|商城|航班)$/;

/** Heads of unquoted numbered phrases that are slogans when the text enumerates their parts. */
export const NUMBERED = /^([一二三四五六七八九十两双]+)(个|大|种|项|条|化|全|级|型|张|圈|驾|强|学|管|重|位)/;
