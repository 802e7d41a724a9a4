/* csp-demo-data.c: the words the sample portfolio is made of
 *
 * Plain data, deliberately not marked for translation: the sample
 * portfolio stands for a customer's own records, which stay in the
 * language they were written in whatever the interface language is.
 * Half of it is Chinese and half English, as in the portfolios our users
 * manage. Names are made up; e-mail domains use the reserved .example
 * top-level domain and phone numbers the fictional 555-01xx range.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-demo-data.h"

#define T(en, zh) { { en, zh } }
#define COUNT(name) const guint csp_demo_n_##name = G_N_ELEMENTS (csp_demo_##name)

enum {
  TECH, LOGISTICS, HEALTHCARE, MANUFACTURING, FINANCE, EDUCATION, RETAIL, ENERGY,
  SOFTWARE, MEDIA, LIFE_SCIENCES, AUTOMOTIVE, ELECTRONICS, FOOD, REAL_ESTATE,
  TELECOM, INSURANCE, CHEMICALS, ENVIRONMENT, AVIATION, CONSTRUCTION, TRAVEL,
  AGRICULTURE,
};

const CspDemoText csp_demo_industries[] = {
  [TECH] = T ("Technology", "科技"),
  [LOGISTICS] = T ("Logistics", "物流"),
  [HEALTHCARE] = T ("Healthcare", "医疗健康"),
  [MANUFACTURING] = T ("Manufacturing", "制造业"),
  [FINANCE] = T ("Financial services", "金融服务"),
  [EDUCATION] = T ("Education", "教育"),
  [RETAIL] = T ("Retail", "零售"),
  [ENERGY] = T ("Energy", "能源"),
  [SOFTWARE] = T ("Software", "软件"),
  [MEDIA] = T ("Media", "传媒"),
  [LIFE_SCIENCES] = T ("Life sciences", "生命科学"),
  [AUTOMOTIVE] = T ("Automotive", "汽车"),
  [ELECTRONICS] = T ("Electronics", "电子"),
  [FOOD] = T ("Food and beverage", "食品饮料"),
  [REAL_ESTATE] = T ("Real estate", "房地产"),
  [TELECOM] = T ("Telecommunications", "通信"),
  [INSURANCE] = T ("Insurance", "保险"),
  [CHEMICALS] = T ("Chemicals", "化工"),
  [ENVIRONMENT] = T ("Environmental services", "环保"),
  [AVIATION] = T ("Aviation", "航空"),
  [CONSTRUCTION] = T ("Construction", "建筑"),
  [TRAVEL] = T ("Travel and hospitality", "旅游酒店"),
  [AGRICULTURE] = T ("Agriculture", "农业"),
};
COUNT (industries);

/* Company names: brand × trade × form, 50 × 25 × 12 Chinese and
 * 50 × 25 × 8 English, so 20 000 accounts still get distinct names. */

const CspDemoWord csp_demo_zh_brands[] = {
  { "华远", "huayuan" }, { "蓝海", "lanhai" }, { "星辰", "xingchen" },
  { "恒信", "hengxin" }, { "鼎盛", "dingsheng" }, { "瑞丰", "ruifeng" },
  { "中联", "zhonglian" }, { "天润", "tianrun" }, { "金桥", "jinqiao" },
  { "博雅", "boya" }, { "新智", "xinzhi" }, { "云帆", "yunfan" },
  { "海纳", "haina" }, { "长风", "changfeng" }, { "启明", "qiming" },
  { "凯越", "kaiyue" }, { "泰和", "taihe" }, { "宏图", "hongtu" },
  { "东方", "dongfang" }, { "银河", "yinhe" }, { "绿源", "lvyuan" },
  { "锦程", "jincheng" }, { "正通", "zhengtong" }, { "华创", "huachuang" },
  { "明德", "mingde" }, { "远景", "yuanjing" }, { "汇通", "huitong" },
  { "智联", "zhilian" }, { "青云", "qingyun" }, { "九州", "jiuzhou" },
  { "昌盛", "changsheng" }, { "安达", "anda" }, { "腾越", "tengyue" },
  { "永信", "yongxin" }, { "盛世", "shengshi" }, { "融创", "rongchuang" },
  { "天成", "tiancheng" }, { "百川", "baichuan" }, { "联创", "lianchuang" },
  { "和光", "heguang" }, { "嘉禾", "jiahe" }, { "国泰", "guotai" },
  { "中科", "zhongke" }, { "易达", "yida" }, { "思源", "siyuan" },
  { "协力", "xieli" }, { "万象", "wanxiang" }, { "卓越", "zhuoyue" },
  { "晨光", "chenguang" }, { "四海", "sihai" },
};
COUNT (zh_brands);

const CspDemoTrade csp_demo_zh_trades[] = {
  { "科技", "tech", TECH }, { "物流", "wuliu", LOGISTICS },
  { "医疗", "yiliao", HEALTHCARE }, { "制造", "zhizao", MANUFACTURING },
  { "金融", "jinrong", FINANCE }, { "教育", "jiaoyu", EDUCATION },
  { "零售", "lingshou", RETAIL }, { "能源", "nengyuan", ENERGY },
  { "软件", "soft", SOFTWARE }, { "传媒", "media", MEDIA },
  { "生物", "bio", LIFE_SCIENCES }, { "汽车", "auto", AUTOMOTIVE },
  { "电子", "dianzi", ELECTRONICS }, { "食品", "shipin", FOOD },
  { "置业", "zhiye", REAL_ESTATE }, { "通信", "tongxin", TELECOM },
  { "保险", "baoxian", INSURANCE }, { "化工", "huagong", CHEMICALS },
  { "环保", "huanbao", ENVIRONMENT }, { "航空", "air", AVIATION },
  { "数据", "data", SOFTWARE }, { "智能", "ai", TECH },
  { "建设", "jianshe", CONSTRUCTION }, { "旅游", "travel", TRAVEL },
  { "农业", "agri", AGRICULTURE },
};
COUNT (zh_trades);

const CspDemoForm csp_demo_zh_forms[] = {
  { "", FALSE, NULL, NULL },
  { "集团", FALSE, NULL, NULL },
  { "北京", TRUE, "华北", NULL },
  { "上海", TRUE, "华东", NULL },
  { "深圳", TRUE, "华南", NULL },
  { "广州", TRUE, "华南", NULL },
  { "杭州", TRUE, "华东", NULL },
  { "成都", TRUE, "西南", NULL },
  { "武汉", TRUE, "华中", NULL },
  { "南京", TRUE, "华东", NULL },
  { "苏州", TRUE, "华东", NULL },
  { "西安", TRUE, "西北", NULL },
};
COUNT (zh_forms);

const CspDemoWord csp_demo_en_brands[] = {
  { "Northwind", "northwind" }, { "Contoso", "contoso" }, { "Fabrikam", "fabrikam" },
  { "Blue Harbor", "blueharbor" }, { "Summit", "summit" }, { "Silverline", "silverline" },
  { "Redwood", "redwood" }, { "Brightpath", "brightpath" }, { "Ironbridge", "ironbridge" },
  { "Clearwater", "clearwater" }, { "Evergreen", "evergreen" }, { "Granite", "granite" },
  { "Horizon", "horizon" }, { "Keystone", "keystone" }, { "Lakeside", "lakeside" },
  { "Meridian", "meridian" }, { "Northstar", "northstar" }, { "Oakridge", "oakridge" },
  { "Pinnacle", "pinnacle" }, { "Quantum", "quantum" }, { "Riverstone", "riverstone" },
  { "Sapphire", "sapphire" }, { "Sterling", "sterling" }, { "Tidewater", "tidewater" },
  { "Vertex", "vertex" }, { "Westfield", "westfield" }, { "Zenith", "zenith" },
  { "Aurora", "aurora" }, { "Beacon", "beacon" }, { "Cascade", "cascade" },
  { "Crescent", "crescent" }, { "Falcon", "falcon" }, { "Harbor Point", "harborpoint" },
  { "Juniper", "juniper" }, { "Lighthouse", "lighthouse" }, { "Maple", "maple" },
  { "Nimbus", "nimbus" }, { "Orion", "orion" }, { "Pioneer", "pioneer" },
  { "Sequoia", "sequoia" }, { "Skyline", "skyline" }, { "Starling", "starling" },
  { "Tallwood", "tallwood" }, { "Trident", "trident" }, { "Vantage", "vantage" },
  { "Willow", "willow" }, { "Alder", "alder" }, { "Bluepeak", "bluepeak" },
  { "Copperleaf", "copperleaf" }, { "Driftwood", "driftwood" },
};
COUNT (en_brands);

const CspDemoTrade csp_demo_en_trades[] = {
  { "Analytics", "analytics", SOFTWARE }, { "Logistics", "logistics", LOGISTICS },
  { "Health", "health", HEALTHCARE }, { "Retail", "retail", RETAIL },
  { "Manufacturing", "mfg", MANUFACTURING }, { "Financial", "financial", FINANCE },
  { "Learning", "learning", EDUCATION }, { "Energy", "energy", ENERGY },
  { "Software", "software", SOFTWARE }, { "Media", "media", MEDIA },
  { "Biosciences", "bio", LIFE_SCIENCES }, { "Motors", "motors", AUTOMOTIVE },
  { "Electronics", "electronics", ELECTRONICS }, { "Foods", "foods", FOOD },
  { "Properties", "properties", REAL_ESTATE }, { "Telecom", "telecom", TELECOM },
  { "Insurance", "insurance", INSURANCE }, { "Chemicals", "chemicals", CHEMICALS },
  { "Environmental", "enviro", ENVIRONMENT }, { "Airways", "airways", AVIATION },
  { "Data", "data", SOFTWARE }, { "Robotics", "robotics", TECH },
  { "Construction", "construction", CONSTRUCTION }, { "Travel", "travel", TRAVEL },
  { "Agritech", "agritech", AGRICULTURE },
};
COUNT (en_trades);

const CspDemoForm csp_demo_en_forms[] = {
  { "", FALSE, NULL, NULL },
  { " Inc.", FALSE, "North America", "USD" },
  { " Group", FALSE, NULL, NULL },
  { " Ltd", FALSE, "APAC", "USD" },
  { " GmbH", FALSE, "EMEA", "EUR" },
  { " Partners", FALSE, NULL, NULL },
  { " Holdings", FALSE, NULL, NULL },
  { " B.V.", FALSE, "EMEA", "EUR" },
};
COUNT (en_forms);

const CspDemoString csp_demo_zh_regions[] = {
  "华东", "华北", "华南", "华中", "西南", "西北", "东北",
};
COUNT (zh_regions);

/* Regions of USD accounts; EUR ones are in EMEA. */
const CspDemoString csp_demo_en_regions[] = {
  "North America", "North America", "North America", "APAC", "LATAM",
};
COUNT (en_regions);

/* People. */

const CspDemoWord csp_demo_zh_surnames[] = {
  { "张", "zhang" }, { "李", "li" }, { "王", "wang" }, { "刘", "liu" }, { "陈", "chen" },
  { "杨", "yang" }, { "赵", "zhao" }, { "黄", "huang" }, { "周", "zhou" }, { "吴", "wu" },
  { "徐", "xu" }, { "孙", "sun" }, { "胡", "hu" }, { "朱", "zhu" }, { "高", "gao" },
  { "林", "lin" }, { "何", "he" }, { "郭", "guo" }, { "马", "ma" }, { "罗", "luo" },
  { "梁", "liang" }, { "宋", "song" }, { "郑", "zheng" }, { "谢", "xie" }, { "韩", "han" },
  { "唐", "tang" }, { "冯", "feng" }, { "于", "yu" }, { "董", "dong" }, { "程", "cheng" },
  { "曹", "cao" }, { "袁", "yuan" }, { "邓", "deng" }, { "傅", "fu" }, { "沈", "shen" },
  { "曾", "zeng" }, { "彭", "peng" }, { "吕", "lyu" }, { "苏", "su" }, { "叶", "ye" },
};
COUNT (zh_surnames);

const CspDemoWord csp_demo_zh_given_names[] = {
  { "伟", "wei" }, { "娜", "na" }, { "芳", "fang" }, { "敏", "min" }, { "静", "jing" },
  { "磊", "lei" }, { "洋", "yang" }, { "勇", "yong" }, { "艳", "yan" }, { "杰", "jie" },
  { "军", "jun" }, { "涛", "tao" }, { "明", "ming" }, { "超", "chao" }, { "秀英", "xiuying" },
  { "霞", "xia" }, { "平", "ping" }, { "刚", "gang" }, { "丽", "li" }, { "强", "qiang" },
  { "婷", "ting" }, { "晨", "chen" }, { "宇航", "yuhang" }, { "子涵", "zihan" },
  { "欣怡", "xinyi" }, { "浩然", "haoran" }, { "思远", "siyuan" }, { "雨桐", "yutong" },
  { "建国", "jianguo" }, { "海燕", "haiyan" }, { "志强", "zhiqiang" }, { "晓东", "xiaodong" },
  { "文博", "wenbo" }, { "佳怡", "jiayi" }, { "俊杰", "junjie" }, { "梦瑶", "mengyao" },
};
COUNT (zh_given_names);

const CspDemoWord csp_demo_en_first_names[] = {
  { "Emily", "emily" }, { "Michael", "michael" }, { "Sarah", "sarah" }, { "David", "david" },
  { "Jessica", "jessica" }, { "James", "james" }, { "Olivia", "olivia" }, { "Daniel", "daniel" },
  { "Sophia", "sophia" }, { "Robert", "robert" }, { "Emma", "emma" }, { "William", "william" },
  { "Ava", "ava" }, { "Thomas", "thomas" }, { "Isabella", "isabella" },
  { "Christopher", "christopher" }, { "Mia", "mia" }, { "Matthew", "matthew" },
  { "Charlotte", "charlotte" }, { "Andrew", "andrew" }, { "Hannah", "hannah" },
  { "Joshua", "joshua" }, { "Grace", "grace" }, { "Ryan", "ryan" }, { "Laura", "laura" },
  { "Kevin", "kevin" }, { "Rachel", "rachel" }, { "Brian", "brian" }, { "Anna", "anna" },
  { "Jason", "jason" }, { "Lukas", "lukas" }, { "Sofia", "sofia" }, { "Marco", "marco" },
  { "Elena", "elena" }, { "Pierre", "pierre" }, { "Camille", "camille" },
  { "Jonas", "jonas" }, { "Léa", "lea" }, { "Priya", "priya" }, { "Kenji", "kenji" },
};
COUNT (en_first_names);

const CspDemoWord csp_demo_en_last_names[] = {
  { "Chen", "chen" }, { "Brown", "brown" }, { "Smith", "smith" }, { "Johnson", "johnson" },
  { "Williams", "williams" }, { "Miller", "miller" }, { "Davis", "davis" },
  { "Garcia", "garcia" }, { "Martinez", "martinez" }, { "Wilson", "wilson" },
  { "Anderson", "anderson" }, { "Taylor", "taylor" }, { "Thomas", "thomas" },
  { "Moore", "moore" }, { "Martin", "martin" }, { "Lee", "lee" }, { "Walker", "walker" },
  { "Hall", "hall" }, { "Young", "young" }, { "King", "king" }, { "Wright", "wright" },
  { "Scott", "scott" }, { "Green", "green" }, { "Baker", "baker" }, { "Adams", "adams" },
  { "Nelson", "nelson" }, { "Carter", "carter" }, { "Mitchell", "mitchell" },
  { "Roberts", "roberts" }, { "Turner", "turner" }, { "Müller", "mueller" },
  { "Schmidt", "schmidt" }, { "Rossi", "rossi" }, { "Dubois", "dubois" },
  { "Novák", "novak" }, { "Jansen", "jansen" }, { "Kowalski", "kowalski" },
  { "Patel", "patel" }, { "Nguyen", "nguyen" }, { "Tanaka", "tanaka" },
};
COUNT (en_last_names);

const CspDemoText csp_demo_executive_titles[] = {
  T ("Chief Executive Officer", "首席执行官"),
  T ("Chief Information Officer", "首席信息官"),
  T ("Chief Operating Officer", "首席运营官"),
  T ("VP of Operations", "运营副总裁"),
  T ("VP of Customer Experience", "客户体验副总裁"),
  T ("Chief Digital Officer", "数字化转型负责人"),
  T ("Chief Financial Officer", "财务总监"),
  T ("General Manager", "总经理"),
};
COUNT (executive_titles);

const CspDemoText csp_demo_lead_titles[] = {
  T ("IT Director", "IT 总监"),
  T ("Project Manager", "项目经理"),
  T ("Head of Data", "数据部负责人"),
  T ("Operations Manager", "运营经理"),
  T ("Program Manager", "信息中心主任"),
  T ("Product Owner", "业务负责人"),
};
COUNT (lead_titles);

const CspDemoText csp_demo_member_titles[] = {
  T ("Data Analyst", "数据分析师"),
  T ("System Administrator", "系统管理员"),
  T ("Support Engineer", "运维工程师"),
  T ("Business Analyst", "业务分析师"),
  T ("Developer", "开发工程师"),
  T ("Finance Specialist", "财务专员"),
  T ("Customer Service Lead", "客服主管"),
};
COUNT (member_titles);

const CspDemoText csp_demo_stakeholder_notes[] = {
  T ("Prefers short written updates before every meeting.", "希望每次会前收到简短的书面进展。"),
  T ("Joined from a competitor's customer; knows the alternatives well.",
     "此前使用过竞品，对替代方案很熟悉。"),
  T ("Owns the budget for next year's renewal.", "负责明年续约的预算。"),
  T ("Sceptical of the rollout; wants to see usage numbers.", "对推广持保留态度，希望看到使用数据。"),
  T ("Very active in the user community; possible reference.", "在用户社区很活跃，可作为推荐客户。"),
  T ("Reports to the sponsor; the day-to-day contact.", "向发起人汇报，是日常对接人。"),
};
COUNT (stakeholder_notes);

/* Our side: customer-success managers own accounts; the others join
 * meetings as the counterparts of the customer's levels. */
const CspDemoColleague csp_demo_colleagues[] = {
  { "陈静", CSP_DEMO_ZH, CSP_COUNTERPART_ACCOUNT_MANAGER },
  { "刘洋", CSP_DEMO_ZH, CSP_COUNTERPART_ACCOUNT_MANAGER },
  { "赵敏", CSP_DEMO_ZH, CSP_COUNTERPART_ACCOUNT_MANAGER },
  { "周杰", CSP_DEMO_ZH, CSP_COUNTERPART_ACCOUNT_MANAGER },
  { "Sarah Johnson", CSP_DEMO_EN, CSP_COUNTERPART_ACCOUNT_MANAGER },
  { "David Miller", CSP_DEMO_EN, CSP_COUNTERPART_ACCOUNT_MANAGER },
  { "Olivia Martin", CSP_DEMO_EN, CSP_COUNTERPART_ACCOUNT_MANAGER },
  { "Lukas Weber", CSP_DEMO_EN, CSP_COUNTERPART_ACCOUNT_MANAGER },
  { "王建国", CSP_DEMO_ZH, CSP_COUNTERPART_EXECUTIVE_SPONSOR },
  { "Richard Hughes", CSP_DEMO_EN, CSP_COUNTERPART_EXECUTIVE_SPONSOR },
  { "何涛", CSP_DEMO_ZH, CSP_COUNTERPART_SUPPORT_TEAM },
  { "孙丽", CSP_DEMO_ZH, CSP_COUNTERPART_SUPPORT_TEAM },
  { "Priya Sharma", CSP_DEMO_EN, CSP_COUNTERPART_SUPPORT_TEAM },
  { "Tom Becker", CSP_DEMO_EN, CSP_COUNTERPART_SUPPORT_TEAM },
};
COUNT (colleagues);

const CspDemoText csp_demo_colleague_roles[] = {
  [CSP_COUNTERPART_EXECUTIVE_SPONSOR] = T ("Executive sponsor", "执行发起人"),
  [CSP_COUNTERPART_ACCOUNT_MANAGER] = T ("Customer success manager", "客户成功经理"),
  [CSP_COUNTERPART_SUPPORT_TEAM] = T ("Support engineer", "技术支持工程师"),
};
COUNT (colleague_roles);

const CspDemoText csp_demo_account_notes[] = {
  T ("Reference customer for their industry; agreed to a case study.", "行业标杆客户，已同意做案例分享。"),
  T ("Procurement needs quotes in the local currency.", "采购要求以本币报价。"),
  T ("Headquarters decides on renewals; the local team on usage.", "续约由总部决策，使用推广由当地团队负责。"),
  T ("Moved from the legacy tool last year.", "去年从旧系统迁移过来。"),
  T ("Fiscal year starts in April; budgets are set in February.", "财年从四月开始，二月确定预算。"),
};
COUNT (account_notes);

/* Success plans, after the templates a CSM would start from. */

static const CspDemoObjective onboarding_objectives[] = {
  { T ("Go live in production", "正式上线"), T ("Go-live milestones completed", "已完成的上线里程碑"),
    0, 6, T ("", " 个"), 75 },
  { T ("Activate the first users", "激活首批用户"), T ("Weekly active users", "周活跃用户"),
    0, 50, T (" users", " 人"), 90 },
  { T ("Connect the core data sources", "接入核心数据源"), T ("Integrations live", "已上线的集成"),
    0, 3, T ("", " 个"), 60 },
};

static const CspDemoAction onboarding_actions[] = {
  { T ("Hold the kickoff meeting", "召开项目启动会"), CSP_SIDE_OURS, 0, 5, CSP_PRIORITY_URGENT },
  { T ("Name a project owner and admins", "指定项目负责人和管理员"), CSP_SIDE_CUSTOMER, 0, 10, CSP_PRIORITY_NORMAL },
  { T ("Complete the SSO configuration", "完成单点登录配置"), CSP_SIDE_CUSTOMER, 2, 25, CSP_PRIORITY_URGENT },
  { T ("Import historical data", "导入历史数据"), CSP_SIDE_OURS, 2, 35, CSP_PRIORITY_NORMAL },
  { T ("Run the admin training", "开展管理员培训"), CSP_SIDE_OURS, 1, 40, CSP_PRIORITY_NORMAL },
  { T ("Sign off the acceptance test", "完成验收测试签字"), CSP_SIDE_CUSTOMER, 0, 70, CSP_PRIORITY_CRITICAL },
  { T ("Roll out to the first team", "向首个团队推广使用"), CSP_SIDE_CUSTOMER, 1, 80, CSP_PRIORITY_NORMAL },
};

static const CspDemoObjective adoption_objectives[] = {
  { T ("Raise weekly active usage", "提升周活跃度"), T ("Weekly active users", "周活跃用户"),
    120, 400, T (" users", " 人"), 100 },
  { T ("Adopt the reporting module", "启用报表模块"), T ("Teams using reports", "使用报表的团队"),
    1, 6, T (" teams", " 个"), 80 },
  { T ("Cut the ticket volume", "降低工单量"), T ("Tickets per month", "每月工单数"),
    45, 20, T ("", " 张"), 110 },
};

static const CspDemoAction adoption_actions[] = {
  { T ("Share the usage dashboard with department heads", "向各部门负责人共享使用情况看板"),
    CSP_SIDE_OURS, 0, 14, CSP_PRIORITY_NORMAL },
  { T ("Nominate a champion in every department", "每个部门指定一名推广负责人"),
    CSP_SIDE_CUSTOMER, 0, 21, CSP_PRIORITY_NORMAL },
  { T ("Run a reporting workshop", "举办报表功能培训"), CSP_SIDE_OURS, 1, 35, CSP_PRIORITY_NORMAL },
  { T ("Build the first executive dashboard", "搭建首个管理层看板"), CSP_SIDE_CUSTOMER, 1, 50, CSP_PRIORITY_URGENT },
  { T ("Review the ten most common ticket causes", "复盘十大常见工单原因"), CSP_SIDE_OURS, 2, 45, CSP_PRIORITY_URGENT },
  { T ("Publish an internal FAQ", "发布内部常见问题手册"), CSP_SIDE_CUSTOMER, 2, 60, CSP_PRIORITY_LOW },
  { T ("Turn on the in-product guides", "开启产品内引导"), CSP_SIDE_OURS, 0, 70, CSP_PRIORITY_LOW },
  { T ("Present the results at the quarterly review", "在季度回顾会上汇报成果"), CSP_SIDE_OURS, -1, 110, CSP_PRIORITY_NORMAL },
};

static const CspDemoObjective renewal_objectives[] = {
  { T ("Document the return on investment", "整理投资回报"), T ("ROI report approved", "投资回报报告获批"),
    0, 1, T ("", ""), 45 },
  { T ("Secure the renewal decision", "确定续约决策"), T ("Renewal likelihood", "续约可能性"),
    50, 90, T ("%", "%"), 80 },
  { T ("Resolve the open critical issues", "解决未结的严重问题"), T ("Open critical tickets", "未结严重工单"),
    4, 0, T ("", " 张"), 50 },
};

static const CspDemoAction renewal_actions[] = {
  { T ("Confirm the budget owner", "确认预算负责人"), CSP_SIDE_CUSTOMER, 1, 15, CSP_PRIORITY_URGENT },
  { T ("Prepare the ROI summary", "准备投资回报摘要"), CSP_SIDE_OURS, 0, 20, CSP_PRIORITY_NORMAL },
  { T ("Schedule the executive business review", "安排高层业务回顾会"), CSP_SIDE_OURS, 1, 25, CSP_PRIORITY_NORMAL },
  { T ("Collect usage and outcome figures", "收集使用与成效数据"), CSP_SIDE_CUSTOMER, 0, 30, CSP_PRIORITY_NORMAL },
  { T ("Close the remaining critical tickets", "关闭剩余的严重工单"), CSP_SIDE_OURS, 2, 40, CSP_PRIORITY_CRITICAL },
  { T ("Send the renewal proposal", "发送续约方案"), CSP_SIDE_OURS, 1, 60, CSP_PRIORITY_URGENT },
  { T ("Complete the procurement review", "完成采购审批"), CSP_SIDE_CUSTOMER, 1, 75, CSP_PRIORITY_CRITICAL },
};

static const CspDemoObjective expansion_objectives[] = {
  { T ("Launch in a second business unit", "在第二个业务部门上线"), T ("Business units live", "已上线的业务部门"),
    1, 3, T ("", " 个"), 100 },
  { T ("Grow the licensed seats", "增加授权席位"), T ("Licensed seats", "授权席位"),
    200, 350, T (" seats", " 个"), 110 },
  { T ("Extend the integrations", "扩展系统集成"), T ("Integrations live", "已上线的集成"),
    2, 5, T ("", " 个"), 90 },
};

static const CspDemoAction expansion_actions[] = {
  { T ("Map the stakeholders of the new unit", "梳理新部门的关键干系人"), CSP_SIDE_OURS, 0, 14, CSP_PRIORITY_NORMAL },
  { T ("Run a discovery workshop", "举办需求调研工作坊"), CSP_SIDE_OURS, 0, 28, CSP_PRIORITY_NORMAL },
  { T ("Approve the expansion budget", "审批扩容预算"), CSP_SIDE_CUSTOMER, 1, 45, CSP_PRIORITY_CRITICAL },
  { T ("Pilot with ten users", "组织十人试点"), CSP_SIDE_CUSTOMER, 0, 55, CSP_PRIORITY_NORMAL },
  { T ("Connect the ERP integration", "打通 ERP 集成"), CSP_SIDE_OURS, 2, 70, CSP_PRIORITY_URGENT },
  { T ("Sign the expansion order", "签署扩容订单"), CSP_SIDE_CUSTOMER, 1, 90, CSP_PRIORITY_URGENT },
  { T ("Train the new team", "培训新团队"), CSP_SIDE_OURS, 0, 100, CSP_PRIORITY_NORMAL },
};

static const CspDemoObjective recovery_objectives[] = {
  { T ("Restore weekly usage", "恢复周活跃度"), T ("Weekly active users", "周活跃用户"),
    40, 120, T (" users", " 人"), 60 },
  { T ("Rebuild the executive relationship", "重建高层关系"), T ("Executive meetings held", "高层会议次数"),
    0, 3, T ("", " 次"), 70 },
  { T ("Fix the top support issues", "解决主要支持问题"), T ("Open urgent tickets", "未结紧急工单"),
    9, 1, T ("", " 张"), 45 },
};

static const CspDemoAction recovery_actions[] = {
  { T ("Hold an escalation review with the sponsor", "与发起人召开问题升级沟通会"),
    CSP_SIDE_OURS, 1, 7, CSP_PRIORITY_CRITICAL },
  { T ("Assign a dedicated support engineer", "指派专属支持工程师"), CSP_SIDE_OURS, 2, 10, CSP_PRIORITY_URGENT },
  { T ("Agree on the recovery plan", "共同确认恢复计划"), CSP_SIDE_CUSTOMER, 1, 14, CSP_PRIORITY_URGENT },
  { T ("Retrain the power users", "重新培训核心用户"), CSP_SIDE_OURS, 0, 30, CSP_PRIORITY_NORMAL },
  { T ("Restart the weekly usage report", "恢复每周使用报告"), CSP_SIDE_CUSTOMER, 0, 35, CSP_PRIORITY_NORMAL },
  { T ("Name a new internal champion", "确认新的内部推动者"), CSP_SIDE_CUSTOMER, 1, 40, CSP_PRIORITY_URGENT },
  { T ("Close all urgent tickets", "关闭所有紧急工单"), CSP_SIDE_OURS, 2, 45, CSP_PRIORITY_CRITICAL },
  { T ("Review the health score with the sponsor", "与发起人回顾健康度"), CSP_SIDE_OURS, -1, 70, CSP_PRIORITY_NORMAL },
};

#define PLAN(key, title, outcome, length, name) \
  { key, title, outcome, length, name##_objectives, G_N_ELEMENTS (name##_objectives), \
    name##_actions, G_N_ELEMENTS (name##_actions) }

const CspDemoPlanTemplate csp_demo_plans[] = {
  [CSP_DEMO_PLAN_ONBOARDING] = PLAN ("onboarding", T ("Onboarding and go-live", "上线实施计划"),
      T ("Live in production, with the first team using it every week",
         "系统正式上线，首个团队每周稳定使用"), 90, onboarding),
  [CSP_DEMO_PLAN_ADOPTION] = PLAN ("adoption", T ("Adoption and value", "推广使用与价值实现"),
      T ("Usage across the departments, with the value shown in numbers",
         "使用覆盖各部门，并以数据体现业务价值"), 120, adoption),
  [CSP_DEMO_PLAN_RENEWAL] = PLAN ("renewal", T ("Renewal readiness", "续约准备"),
      T ("Renewal signed on time, with a documented return on investment",
         "按时完成续约，并形成投资回报说明"), 90, renewal),
  [CSP_DEMO_PLAN_EXPANSION] = PLAN ("expansion", T ("Expansion to new teams", "扩展到新团队"),
      T ("Two more business units live, and a signed expansion",
         "新增两个业务部门上线，并签署扩容合同"), 120, expansion),
  [CSP_DEMO_PLAN_RECOVERY] = PLAN ("recovery", T ("Health recovery", "健康度恢复计划"),
      T ("Back to healthy, with the sponsor confident about the renewal",
         "恢复到健康状态，发起人对续约有信心"), 75, recovery),
};
COUNT (plans);

const CspDemoText csp_demo_blocked_reasons[] = {
  T ("Waiting for the customer's security review.", "等待客户完成安全评审。"),
  T ("Blocked until their IT grants API access.", "需等客户 IT 开通 API 权限。"),
  T ("Budget approval is pending with finance.", "预算审批仍在财务处。"),
  T ("The key user is on leave until next month.", "关键用户休假至下月。"),
  T ("Depends on the data migration finishing first.", "需等数据迁移完成后才能进行。"),
  T ("Waiting for a fix in the next product release.", "等待下一版本的产品修复。"),
};
COUNT (blocked_reasons);

const CspDemoText csp_demo_done_notes[] = {
  T ("Done; shared the summary with the sponsor.", "已完成，并向发起人发送了总结。"),
  T ("Finished ahead of plan.", "提前完成。"),
  T ("Completed after two follow-ups.", "经过两次跟进后完成。"),
};
COUNT (done_notes);

/* Meetings. */

const CspDemoText csp_demo_meeting_titles[] = {
  [CSP_MEETING_STRATEGY] = T ("Strategy meeting", "战略规划会"),
  [CSP_MEETING_EBR] = T ("Executive business review", "高层业务回顾会"),
  [CSP_MEETING_KICKOFF] = T ("Project kickoff", "项目启动会"),
  [CSP_MEETING_CHECK_IN] = T ("Monthly check-in", "月度沟通会"),
  [CSP_MEETING_ESCALATION] = T ("Escalation review", "问题升级沟通会"),
};
COUNT (meeting_titles);

const CspDemoText csp_demo_meeting_agendas[] = {
  [CSP_MEETING_STRATEGY] = T ("1. Business goals for the next two quarters\n2. Where the product helps\n"
                              "3. Success plan and owners",
                              "1. 未来两个季度的业务目标\n2. 产品可以发挥作用的环节\n3. 成功计划与负责人"),
  [CSP_MEETING_EBR] = T ("1. Health and usage since the last review\n2. Success plan progress\n"
                         "3. Open risks\n4. Priorities for next quarter",
                         "1. 上次回顾以来的健康度与使用情况\n2. 成功计划进展\n3. 未解决的风险\n4. 下季度重点"),
  [CSP_MEETING_KICKOFF] = T ("1. Introductions\n2. Scope and timeline\n3. Roles on both sides\n"
                             "4. Next steps",
                             "1. 双方介绍\n2. 范围与时间表\n3. 双方角色分工\n4. 后续步骤"),
  [CSP_MEETING_CHECK_IN] = T ("1. Open actions\n2. Support tickets\n3. Anything new",
                              "1. 未完成事项\n2. 支持工单\n3. 其他新情况"),
  [CSP_MEETING_ESCALATION] = T ("1. What went wrong\n2. Impact on the business\n3. Recovery steps and dates",
                                "1. 问题回顾\n2. 对业务的影响\n3. 恢复措施与时间"),
};
COUNT (meeting_agendas);

const CspDemoText csp_demo_meeting_notes[] = {
  T ("Usage is up in finance; operations still lags behind.", "财务部门使用量上升，运营部门仍然落后。"),
  T ("The sponsor asked for a monthly one-page summary.", "发起人希望每月收到一页纸的总结。"),
  T ("Two support tickets are still open and frustrate the team.", "仍有两张支持工单未关闭，团队有些不满。"),
  T ("They plan to add a second region next year.", "客户计划明年增加第二个区域。"),
  T ("The champion is moving to a new role; a successor is needed.", "内部推动者即将调岗，需要找到接任者。"),
  T ("Good energy in the room; the new dashboard landed well.", "会议气氛积极，新看板反响很好。"),
  T ("Budget is tight this year; every expansion needs a business case.", "今年预算紧张，任何扩容都需要业务论证。"),
  T ("Training attendance was low; we agreed to record the sessions.", "培训出勤率偏低，双方同意录制培训课程。"),
};
COUNT (meeting_notes);

const CspDemoText csp_demo_decisions[] = {
  T ("Move the weekly sync to Thursdays.", "周例会改到每周四。"),
  T ("The customer names a second administrator.", "客户指定第二位管理员。"),
  T ("Share the usage dashboard with the sponsor every month.", "每月向发起人共享使用情况看板。"),
  T ("Postpone the mobile rollout to next quarter.", "移动端推广推迟到下季度。"),
  T ("Hold the next executive review on site.", "下次高层回顾会改为现场召开。"),
  T ("Use the sandbox for all training from now on.", "今后所有培训都使用沙箱环境。"),
};
COUNT (decisions);

/* Around the action's title: the prefix, then the suffix. */
const CspDemoText csp_demo_linked_decision[] = {
  T ("Agreed: ", "决定："),
  T (".", "。"),
};
COUNT (linked_decision);

/* Risks and the timeline. */

const CspDemoText csp_demo_risk_notes[] = {
  [CSP_RISK_LOW_USAGE] = T ("Weekly active users fell by a third over the last two months.",
                            "近两个月周活跃用户下降了三分之一。"),
  [CSP_RISK_DATA_EXPORT_REQUEST] = T ("Asked for a full export of their data \"for an audit\".",
                                      "客户以“审计”为由要求导出全部数据。"),
  [CSP_RISK_BILLING_QUESTION] = T ("Finance questions the invoice and the seat count.",
                                   "财务对发票和席位数量提出疑问。"),
  [CSP_RISK_CHAMPION_LEFT] = T ("Our champion left the company; no successor yet.",
                                "内部推动者已离职，尚无接任者。"),
  [CSP_RISK_UNRESOLVED_CRITICAL] = T ("A critical ticket has been open for three weeks.",
                                      "一张严重工单已三周未解决。"),
  [CSP_RISK_COMPETITOR] = T ("A competitor is running a pilot in another department.",
                             "竞争对手正在另一个部门进行试点。"),
  [CSP_RISK_BUDGET_CUT] = T ("The software budget is cut by 20% next year.",
                             "明年软件预算削减 20%。"),
  [CSP_RISK_OTHER] = T ("Reorganisation announced; our sponsor's team may move.",
                        "客户宣布组织调整，发起人的团队可能变动。"),
};
COUNT (risk_notes);

const CspDemoText csp_demo_saved_notes[] = {
  T ("Saved: recovery plan delivered and the renewal signed.", "已挽回：恢复计划完成，续约已签署。"),
  T ("Saved after an executive sponsor call and a training week.", "经高层沟通和一周集中培训后挽回。"),
  T ("Saved: the new champion took over the rollout.", "已挽回：新的内部推动者接手推广工作。"),
};
COUNT (saved_notes);

const CspDemoText csp_demo_activity_summaries[] = {
  /* note */
  T ("Account plan updated", "更新了客户计划"),
  T ("Usage review prepared", "准备了使用情况分析"),
  T ("Handover notes from sales", "销售交接记录"),
  T ("Internal account review", "内部客户复盘"),
  /* call */
  T ("Call with the project lead", "与项目负责人通话"),
  T ("Quarterly call with the sponsor", "与发起人的季度通话"),
  T ("Call about the open tickets", "就未结工单进行沟通"),
  T ("Renewal call", "续约沟通电话"),
  /* email */
  T ("Sent the monthly usage report", "发送月度使用报告"),
  T ("Shared the training recordings", "分享培训录像"),
  T ("Sent the renewal proposal", "发送续约方案"),
  T ("Follow-up after the review", "回顾会后的跟进邮件"),
  /* escalation */
  T ("Escalated a critical ticket to engineering", "将严重工单升级至研发"),
  T ("Escalation: data sync failing", "升级：数据同步失败"),
  T ("Escalation raised by the sponsor", "发起人提出问题升级"),
  T ("Escalated a billing dispute", "升级账单争议"),
  /* milestone */
  T ("Went live in production", "系统正式上线"),
  T ("100 weekly active users reached", "周活跃用户达到 100 人"),
  T ("Renewal signed", "续约合同已签署"),
  T ("Second department onboarded", "第二个部门完成上线"),
};
COUNT (activity_summaries);

const CspDemoText csp_demo_activity_details[] = {
  T ("Next step agreed with the customer; see the success plan.", "已与客户确认下一步，详见成功计划。"),
  T ("Shared with the account team.", "已同步给客户团队。"),
  T ("The customer will reply by the end of the week.", "客户将在本周内回复。"),
  T ("Logged for the next executive business review.", "已记录，供下次高层业务回顾使用。"),
};
COUNT (activity_details);
