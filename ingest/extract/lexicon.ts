// The words the rules are written with, kept as data so a linguist can read and extend them.

/** Verbs by which a region or unit launches a measure (制定, 开展, 建立 …); longest first. */
export const LAUNCH_VERBS = [
  '研究制定', '研究制订', '制定出台', '部署开展', '组织开展', '建立健全', '建立完善', '健全完善', '开发推广', '迭代升级', '梳理建立',
  '深入实施', '深入推进', '新建立', '组建', '组织', '细化为', '细化形成', '梳理形成', '梳理出', '审议通过', '先行开展', '修订', '上线', '开通', '试点', '推开', '形成', '提出', '引入', '开发',
  '制定', '制订', '出台', '印发', '制发', '下发', '开展', '推进', '推动', '实施', '实行', '推行', '建立',
  '健全', '完善', '新设', '发布', '启动', '举办', '设立', '打造', '部署', '推出', '建设', '新建', '提供', '细化', '推广', '迭代', '升级',
  '运行', '建成', '抓好', '抓实', '构建', '构筑', '搭建', '创建', '划分', '采取', '深化', '确定', '设置', '列出', '开设', '开办', '研究', '坚持', '进行', '梳理', '成立',
] as const;

/** Verbs that launch only what is clearly a named measure (a quoted name, a 制度 or 机制). */
export const WEAK_LAUNCH_VERBS = new Set(['坚持', '研究', '进行']);

/** Words between a verb and its object that say how, not what: 扎实开展, 全面推进, 常态化开展. */
export const VERB_MODIFIERS = /^(?:了|好|起|出|全面|深入|扎实|持续|不断|进一步|积极|大力|常态化|统一|分别|还|并|又|立即|及时|认真|精心|高质高效|合力|着力|逐步|率先|重点)+/;

/**
 * Head nouns that end a measure's name. Strong heads name a measure on their own with any
 * modifier (实施方案); weak heads need a count, a quote or a specific modifier (3条整改措施).
 */
export const STRONG_HEADS = [
  '专项整治任务', '专项整治', '集中整治', '专项行动', '实施方案', '工作方案', '方案', '实施意见', '指导意见', '意见', '机制', '制度', '体系', '清单',
  '活动', '平台', '课堂', '读书班', '研讨班', '培训班', '模式', '项目', '应用', '报表', '工程', '接待日', '直报点', '服务站', '驿站',
  '教育馆', '展馆', '规划', '计划', '细则', '办法', '行动', '专题学习研讨', '整治', '辅导班', '训练营', '微党课', '夜校', '模块', '台账',
  '系统', '小程序', '宣讲团', '服务队', '帮扶队', '突击队', '医疗队', '小分队', '服务岗', '工作法', '清单模板', '模板', '工作指引', '指引', '指南', '课程', '主题党日', '专题课', '讲座', '套餐', '服务点', '意见箱', '公开栏', '教学点', '专项检查', '专项清理', '集中清理',
  '责任制', '导师制', '志愿队', '服务团队', '专项审计', '专项核查', '专项治理', '专项攻坚',
] as const;
export const WEAK_HEADS = ['措施', '举措', '服务', '教育', '建设', '改革', '清理整合', '整合', '改造', '测评', '试点', '暗访', '督查', '责任区', '示范岗', '示范窗口', '先锋岗', '治理',
  '实事', '任务', '清理', '现场教学', '大调研', '调研', '诊疗', '检查', '培训', '抽查', '筛查', '排查', '义诊', '结对帮扶', '宣讲', '辅导', '车间', '目录', '管理', '窗口', '标准', '整治重点'] as const;
export const HEADS = [...STRONG_HEADS, ...WEAK_HEADS].sort((a, b) => b.length - a.length);

/** Modifiers that leave a weak-headed name generic: 具体措施, 办法措施, 有关服务. */
export const GENERIC_MODIFIERS = new Set(['具体', '多种', '各种', '一系列', '系列', '有力', '重要', '主要', '关键', '重大', '有关', '相关', '各项', '有效', '针对性', '办法', '重点', '工作', '载体', '这些', '一些', '多项', '各类', '走访', '整改', '问题', '明察', '各项', '实地', '书面', '长效', '实际', '特色', '配套', '剩余', '监督', '教育', '常态']);

/** The campaign itself, meetings and generic work are never measures (ontology, annotation rules). */
export const NOT_MEASURE = /(^“关键少数”$|主题教育|学习教育|[^研]会议|座谈会|研讨会|推进会|部署会|动员会|例会|工作会|^工作|^整改|^调查研究|^学习研讨|政治任务|首要任务|课题调研|调研课题|反馈意见|[^，]*(?:转化|固化|转变|上升)为(?:长效|制度)[^，]*|^“[^”]+式”(?:督查|抽查|检查|督导|暗访))$/;

/** Subjects that name no one in particular: 各地, 各单位, 记者. They stop a subject being inherited. */
export const GENERIC_SUBJECT = /^(?:中央和国家机关各部门|各?省（区、市）|各地区?|各部门|各单位|各级|各区县|各市|一些地方|有的地方|许多地方|不少地方|部分地方|记者|新华社记者|基层党组织|各地市|各地方|各[\u4e00-\u9fff]{0,4}组(?!织)|各二级单位|各参学单位|各高校|各基层党组织|全市各县|各县（市、区）|各区（县）|各区县（市）|各乡镇|各街道|各村|各社区)/;

/**
 * Words by which a sentence refers back to the region it is about (当地, 该市, 市委, 全市);
 * a party committee or government acting for a region is the region (ontology).
 */
export const SELF_REFERENCE = /^(?:当地(?:党委|政府)?|(?:省|市|区|县|州|镇|乡)(?:四套班子|四大班子)|自治区(?:党委|人民政府|政府)(?:主题教育办|主题教育办公室)?|(?:省|市|区|县|州|镇|乡)里|(?:镇|乡)党委|(?:镇|乡)政府|街道党工委|社区党委|社区|村党支部|村党委|(?:省|市|区|县|州)委(?:省|市|区|县|州)政府|(?:省|市|区|县|州)(?:人民)?政府|该(?:省|市|州|县|区|校|镇|乡|街道|旗)|全旗|我(?:省|市|区|县)|全(?:省|市|区|县)|(?:省|市|区|县|州|旗|盟)委(?:市政府|常委会|书记[\u4e00-\u9fff]{0,3}|常委)?|旗里|(?:省|市|区|县)级层面|市区两级|市县两级|省市县|该地)/;

/**
 * Words by which a sentence refers back to a unit named before it (学校党委 of 吉首大学, 该院, 部里),
 * each with the name endings of the units it can mean; a unit's party committee acts for the unit.
 */
export const UNIT_REFERENCES: ReadonlyArray<readonly [RegExp, readonly RegExp[]]> = [
  // A school's own 学院 is named after the university: 学校 means the university first.
  [/^(?:该校|我校|学校党委|校党委|学校|全校)/, [/(?:大学|学校|中学|小学|党校|高中|初中)$/, /学院$/]],
  [/^(?:该院|我院|医院党委|院党委|医院)/, [/(?:医院|研究院|学院|卫生院|法院|检察院)$/]],
  // A college's own committee (湖南铁道职业技术学院…学院党委): among several 学院, the one that formed groups (w25-013).
  [/^学院党委/, [/学院$/]],
  [/^(?:该集团|集团党委|集团公司|集团)/, [/集团(?:有限公司|公司)?$/, /公司$/]],
  [/^(?:该公司|公司党委|公司)/, [/公司$/]],
  [/^(?:该部|部党组|部机关|部里)/, [/部$/]],
  [/^(?:该委|委党组|委里)/, [/委(?:员会)?$/]],
  [/^(?:该局|局党组|局党委|局里)/, [/局$/]],
  [/^(?:该厅|厅党组|厅里)/, [/厅$/]],
];

/** A group's work standing for the group as a subject: 督查在书面督查全覆盖的基础上，对X进行实地督查. */
export const GROUP_ACTIVITY_SUBJECT =
  /^(?:(?:此次|本次|这次)?(?:巡回督导|巡回指导|督导|督查|暗访)(?=在|期间|中|过程中|主要|采取|坚持|还)|另一路|一路(?=深入|前往|来到|到|走进))/;

/** Kinds of group, the tail of a group's name; longest first. A bare 专班 is a group too (整改专班). */
export const GROUP_KINDS = [
  '巡回指导组', '巡回督导组', '主题教育办公室', '工作专班', '领导小组', '联络小组', '指导组', '督导组', '暗访组', '调研组', '工作组', '检查组',
  '巡视组', '巡察组', '督查组', '考核组', '联络组', '专班',
] as const;
/** Bodies that count as groups only as the object of 组建/成立: 领导机构、工作机构. */
export const FORMED_BODY = /(?:机构|小组|专班|办公室|组)$/;

/**
 * Words that make a group's owner, topic and number, in that order: 省委指导组, 万盛经开区党工委督导组,
 * 市委巡视整改工作领导小组, 省委高校第二巡回指导组, 省委第一批主题教育第五巡回指导组, 医疗领域巡察整改督导专班.
 */
/** The campaign's full name written inside a group's (市委深入贯彻中央八项规定精神学习教育第二指导组): not part of its name. */
export const CAMPAIGN_IN_GROUP_NAME = /学习贯彻习近平新时代中国特色社会主义思想(?=主题教育)|深入贯彻中央八项规定精神(?=学习教育)|“不忘初心、牢记使命”(?=主题教育)/g;

export const GROUP_OWNER_WORDS =
  /(?<owner>(?:中央|省委|市委|区委|县委|州委|旗委|盟委|党工委|区县党委|党委|国务院|省政府|市政府|县政府|区政府|州政府|政府|委|[省市县区州](?=扫黑除恶|政法队伍|教育整顿|主题教育|党史学习教育|党纪学习教育|教育实践活动))*)(?<topic>(?:学习贯彻习近平新时代中国特色社会主义思想主题教育|深入贯彻中央八项规定精神学习教育|“不忘初心、牢记使命”主题教育|扫黑除恶专项斗争|扫黑除恶|政法队伍教育整顿|教育整顿|党的群众路线教育实践活动|群众路线教育实践活动|教育实践活动|“两学一做”学习教育|第[一二三四五六七八九十]批|省级|市级|县级|区级|校级|校内|院内|所内|党史学习教育|党纪学习教育|主题教育|学习教育|党的建设|为基层减负|医疗领域|集中整治|整治|巡视|巡察|整改|专项|治理|督导|督查|减负|工作|高校)*)(?<number>(?:第[一二三四五六七八九十百\d]+)?)$/;

/** Verbs by which a body forms or sends a group. */
export const ESTABLISH_VERBS = /(组建|成立|选派|派出|增设为|增设|设立|下设|抽调|组成|编成|派驻|建立健全|建立|组织(?=[\d一二三四五六七八九十两]+个[^，。；]{0,12}组))/;

/** Verbs by which a group supervises what follows them. */
export const SUPERVISE_VERBS =
  /^(?:巡回指导|负责联系指导|负责联系|联系指导|负责指导|指导推动|督促推动|对接联系|联络协调|调研指导|指导督导|督促指导|指导督促|督促检查|实地督查|实地察看|深入到|深入|覆盖到|覆盖|前往|赶往|奔赴|分赴|来到|走进|进驻|负责(?!同志|人|组|同|的)|赶到|下沉至|下沉到|下到|赴|到|走访|督导|指导|督促|暗访|检查|督查|督办|察看|考察|调研|联系|列席|巡察|巡视|抽查)/;

/** What a group does where it goes: 在新蔡开展督查, 在驻马店期间, 前往X调研指导. */
export const SUPERVISION_ACTS = /(?:督导|指导|督查|督办|暗访|检查|调研|察看|考察|蹲点|巡查|核查|观摩|参观|查看|期间|走访|抽查|座谈|调阅|巡视|巡察|列席|了解|核对|核实|查阅|抽取|旁听|听取)/;

/** Adverbs and the like between a group and what it does: 指导组一行先后深入, 指导组还走访了. */
export const GROUP_ACT_LEAD =
  /^(?:(?:副?组长|成员)[\u4e00-\u9fff、]{1,24}?(?:一行|等|率[^，。]{0,30}?组)|的?(?:副?组长|成员|组员)(?=在|到|来到|深入|走访|先后))?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:上旬|中旬|下旬|初|底|末|(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?(?:上午|下午|一早)?|一行|采取[^，。]{1,14}?(?:方式|形式|办法)|而是|而|就|便|还|并|又|也|则|先后|随后|分别|将|已|已经|立即|及时|专门|专程|径直|直接|再次|继续|多次|两次|陆续|近日|日前|随即|随机|同时|重点|实地|集体|分片|深入基层|兵分[两三四]路|分[两三四]路|一路)*/;

/** Suffixes of organisations' names; longest first. */
export const UNIT_SUFFIXES = [
  '监督管理总局', '行政服务中心', '供电所', '派出所', '司法所', '卫生所', '财政所', '巡察办', '巡视办', '减负办', '扶贫办', '扫黑办', '报社', '杂志社', '出版社', '党支部', '编办', '委办', '政府办', '办公室', '发展和改革委员会', '发展改革委', '发改委', '卫生健康委', '卫健委', '网信办', '生产建设兵团', '教育工委', '机关工委', '国资委', '办公厅', '管委会', '组织部', '宣传部', '统战部', '政法委', '总署', '研究生院', '规划院', '设计院', '科学院', '财务处', '人事处', '教务处', '科研处', '学生处', '技术处', '督查室', '林场', '纪委监委', '监委', '纪委', '监会', '党史馆', '纪念馆', '博物馆', '展示馆', '陈列馆', '展览馆', '文明实践中心', '实践中心', '行政审批局', '运输厅', '厅', '管理局', '审批局', '税务局', '公安局', '总局', '局', '委员会', '职业技术学院', '学院',
  '大学', '中学', '初中', '高中', '小学', '幼儿园', '学校', '卫生院', '保健院', '医院', '服务中心', '服务站', '信息中心', '采油厂', '电厂', '厂', '油田', '石化', '炼化', '矿业', '煤矿', '铁矿', '总院', '股份', '公司', '集团', '电气', '电力', '控股', '银行', '研究院', '研究所', '党校', '法院', '检察院', '部',
  // Customs, laboratories and field stations, and a railway's depots (w15: 东兴海关, 重点实验室, 农业生态实验站, 南昌机务段).
  '海关', '实验室', '实验站', '车务段', '机务段', '工务段', '电务段', '车辆段', '动车段', '供电段',
  // A ministry's or a bureau's centres (w23: 国家文物局考古研究中心, 中国文物交流中心, 中国文物信息咨询中心).
  '研究中心', '保护中心', '交流中心', '咨询中心', '监测中心', '检测中心', '评估中心',
] as const;

/** Bodies named by a fixed word rather than a suffix: 党中央派出中央指导组. */
export const FIXED_UNITS = [
  '党中央', '中共中央', '国务院', '全国人大常委会', '全国政协',
  // A university's or a city's offices, named alone once the text is about their body: 财务处推行….
  '研究生院', '科学技术处', '财务处', '人事处', '教务处', '科研处', '学生处', '督查室',
] as const;

/** Bodies written by their usual abbreviation (中办、国办印发《…》后), with the full name they stand for. */
export const ABBREVIATED_UNITS: Readonly<Record<string, string>> = { 中办: '中共中央办公厅', 国办: '国务院办公厅' };

/**
 * Counted named types: 驻昆24所高校, 16个州（市）, 480个单位, 12个省直单位, 18个省辖市. A noun may
 * carry a short modifier (省直, 垂直管理) and a bracketed gloss (县（市、区）); region nouns make a Region.
 */
export const COUNTED_REGION_NOUNS = ['村民小组', '县市区', '县区', '县市', '市县', '盟市', '地市', '区县', '乡镇', '街道', '街乡', '镇街', '市州', '社区', '嘎查', '苏木', '村', '区', '县', '市', '州', '旗'];
export const COUNTED_UNIT_NOUNS = ['区县和单位', '高等学校', '高校', '学校', '中小学', '中学', '小学', '卫生院', '基层法院', '法院', '检察院', '部门', '单位', '企业', '医院', '机关', '院校', '学院', '党支部', '党（工）委', '党工委', '党委', '党组织', '公司', '电厂'];
/** Modifiers a counted region noun may take; anything longer before 市 or 县 is a different word. */
export const COUNTED_REGION_MODIFIERS = ['地级以上', '省辖', '省直管', '地级', '县级', '设区', '所辖'];
