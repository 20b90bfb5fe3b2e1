"""General word lists for telling people from everything else in Chinese news.

Nothing here is about one article: these are the surnames of the Chinese population, the
characters of the standard transliteration table for foreign names, the job titles and the
verbs that news prose puts around people, and the words that mark an organisation.
"""

from __future__ import annotations

# The common single-character surnames (the great majority of the population), most frequent
# first, and the compound ones still in use.
_SURNAMES_BY_FREQUENCY = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
    "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳"
    "甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解"
    "牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边"
    "卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗"
    "燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索"
    "宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危"
    "玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)
SURNAMES = frozenset(_SURNAMES_BY_FREQUENCY)
COMMON_SURNAMES = frozenset(_SURNAMES_BY_FREQUENCY[:100])  # about nine people in ten
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 夏侯 令狐 端木 宇文 司徒 轩辕 呼延 澹台".split()
)

# Characters of the Xinhua transliteration tables for foreign personal names.
TRANSLIT = frozenset(
    "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查察达戴丹道德登邓迪蒂丁东杜敦多厄恩尔法范菲"
    "费芬丰冯弗伏福夫富盖甘冈戈格根贡古瓜圭哈海汉豪赫黑亨胡华惠霍基吉加贾杰捷金卡凯坎康考柯科克"
    "肯孔库夸奎昆拉莱赖兰朗劳勒雷蕾里利莉丽理连林琳卢鲁路伦罗洛吕马玛迈麦曼芒梅门蒙米密明缪莫姆"
    "穆纳娜奈南内尼妮涅宁纽努诺欧帕派潘庞佩彭皮珀普奇齐琪恰乔切钦琼丘让瑞若萨塞赛桑瑟森沙山尚绍"
    "舍申圣施什史舒斯松苏索塔泰坦汤唐陶特提汀通图托瓦万旺威韦维温文沃乌伍武西希锡夏谢辛欣休许雅"
    "亚延扬耶叶伊因英尤于约泽扎詹兹祖佐茨珊莎娅黛露琴珍丝茜薇芙雯茱朱斐翰尧妮萝蒂默隆俄嘉黎璐勃拿沛裴卓哲简"
)
NAME_DOTS = "·•・‧"
# Characters the transliterations of Uyghur and Kazakh personal names add to that table, as the
# Chinese press writes them (Memet 买买提, Tursun 吐尔逊, Abdu 阿不都, Rahman 热合曼, Imin 依明,
# -jan 江, Yusup 玉素甫): they make a name's shape only around a middle dot, being common
# characters of ordinary words besides.
TURKIC_TRANSLIT = frozenset("买吐逊力热合依江木孜甫肉则吾再居铁鼎白来洪牙乃卜汗玉素尕不都")

# Those a story brings in by who they are to it, not by an office: neighbours and workmates (邻居王大爷), and the old,
# villagers, residents, customers, passengers, visitors, patients, parents and stallholders (居民张女士), and the
# victims, the injured, survivors and witnesses of a crime, an accident or a massacre (受害人陈婆婆, 幸存者刘素珍).
NEIGHBOURS = ("邻居", "同事", "室友", "房东", "工友", "街坊")
ORDINARY_PEOPLE = ("老人", "村民", "居民", "市民", "顾客", "乘客", "游客", "患者", "病人", "家长", "摊主", "店主",
                   "受害人", "被害人", "受害者", "事主", "伤者", "目击者", "幸存者")
# Words for people that vouch for a name after them but say nothing of a role.
WEAK_TITLES = "人士 网友 业主 村民 市民 居民 女士 先生 用户".split()
# How Chinese addresses a person by surname (付小姐, 王老师): the common forms of address.
ADDRESS_AFTER = tuple("先生 女士 小姐 太太 夫人 老师 师傅 同志 医生 教授 律师 经理 主任 书记 记者 "
                      "阿姨 大爷 大妈 大娘 大姐 大哥 大叔 大嫂 嫂 奶奶 爷爷 叔叔 婆婆 阿婆 伯伯 大伯 "
                      "老先生 老太太 老伯 老汉 老太 老板 大夫 指导 总 哥 姐 老大 老二 老三 老四 老五 老幺".split())
# (指导 of a coach: 张指导; 哥, 姐 of a colleague: 刘哥, 王姐; 老三 of a child by the order of birth: 吴老三; an elder's
# 老先生 and 老太太 before 老太, as the first that fits is taken)
# How Taiwan and southern Fujian call elders (阿伯, 阿公, 阿嬷), which the tagger reads as a name: alone they name no one,
# and after a surname they are part of the name the text calls one by (陈阿公, as the corpora write 阿Q).
SOUTHERN_ELDERS = ("阿伯", "阿公", "阿嬷")
# The characters of written Cantonese that standard Chinese lacks (its particles, pronouns and verbs: 喺 'at', 嘅 'of',
# 咗, 佢 'he', 冇 'not have', 唔 'not', 啲, 咁, 嘢, 嚟, 噉, 咩, 嗰 'that', 攞, 揾, 啱, 㗎, 哋 of 佢哋 'they'), as Hong Kong's
# papers quote speech (「我老公仲喺入面！」): no name holds one, none of the corpora's 37,625.
CANTONESE = frozenset("喺嘅咗佢冇唔啲咁嘢嚟噉咩嗰攞揾啱㗎哋")
# Who someone told by surname alone is, as the press of Taiwan and Hong Kong writes one it does not name, after 姓
# (陳姓男子, 姓陳工人), also by a trade or calling that ends as those of people do (陳姓外送員, 王姓工程師, 吳姓騎士),
# or as one addresses an elder or a stranger (黃姓阿嬤, 林姓阿伯, 張姓老先生, 李姓女士).
TOLD_BY_SURNAME = ("男子|女子|嫌犯|嫌疑人|司机|工人|老[人翁妇妪伯汉太]|妇人|妇女|男童|女童|少年|少女|青年|学生|员工|店员|民众|乘客|"
                   "阿[嬷公伯姨婆]|婆婆|爷爷|奶奶|先生|女士|小姐|太太|"
                   "商人|老板|医师|医生|护理师|议员|立委|[\u4e00-\u9fff]{0,2}[员师工生手士警官商客童]")
# The short forms after a surname by which the press of Taiwan and Hong Kong goes on to tell someone it told by surname
# alone (林姓男子……林男, 陳姓老翁……陳翁; 張女, 林婦, 李嬤, 黃嫌).
SEXED = frozenset("男女妇翁嬷嫌")
# Of the forms of address above, how one calls an elder (张大爷, 顾阿婆), and with them a neighbour of one's own age
# (王阿姨, 李大哥).
ELDER_ADDRESS = ("大爷", "大妈", "大娘", "奶奶", "爷爷", "婆婆", "阿婆", "伯伯", "大伯", "老伯", "老汉", "老太")
FAMILIAR_ADDRESS = ELDER_ADDRESS + ("阿姨", "大姐", "大哥", "大叔", "大嫂", "叔叔")
# One character of a title that, after a surname, makes a familiar name for its holder (王总 for
# a general manager, 周董 for a chairman, 张导 for a director, 李局 for a bureau chief, 钱老 for
# an elder, 叶太 for Mrs Ip in Hong Kong): the short forms of address of Chinese workplaces and the press;
# and 神, 'god', of the sports pages' star (苏神 for a sprinter).
ADDRESS_SHORT = frozenset("总董导局老太神")
# An aunt or an uncle's wife after her surname (孙姨, 王婶): no name of the training corpora has either as its second
# character, and they annotate the surname alone ([丁]姨).
AUNTS = frozenset("姨婶")
# Titles that stand right before a name (longest first when matching).
TITLES = tuple(
    sorted(
        """
        首席执行官 首席技术官 首席财务官 首席运营官 首席产品官 首席科学家 首席研究官 首席信息官
        首席经济学家 首席战略官 首席营销官 首席分析师 临时首席执行官 执行长 执行董事 CEO CTO CFO COO
        总裁 副总裁 研究副总裁 董事长 副董事长 董事 总经理 副总经理 经理 总监 高级市场总监 主管
        创始人 联合创始人 创办人 合伙人 发言人 新闻发言人 负责人 研究员 高级研究员 研究科学家 科学家
        工程师 教授 副教授 助理教授 院长 副院长 校长 主任 秘书长 主席 副主席 总统 副总统 总理 首相
        部长 副部长 厅长 副厅长 局长 市长 省长 州长 书记 议员 参议员 众议员 大使 法官 律师 分析师
        记者 编辑 主编 责任编辑 作家 导演 演员 歌手 投资人 投资者 首富 女首富 股东 主持人 博主 网红
        教练 主教练 助理教练 主帅 球员 球星 运动员 选手 中锋 前锋 后卫 门将 裁判 队长 医生 医师 主任医师 护士 专家 学者 顾问 高管 老板 掌门人 王子 国王 女王 公主 总编辑 社长 代言人
        国务卿 国务委员 国家主席 总书记 委员长 外长 外交部长 防长 国防部长 财长 总领事 领事
        夫人 丈夫 妻子 院士 上将 中将 少将 将军 元帅 司令 警官 检察官 县长 镇长 村长 厂长 董事局主席
        皇帝 皇后 太后 太子 经济学家 物理学家 数学家 化学家 天文学家 哲学家 历史学家 史学家
        社会学家 生物学家 心理学家 法学家 文学家 语言学家 考古学家 画家 艺术家 音乐家 作曲家 指挥家
        书法家 诗人 词人 思想家 政治家 外交家 企业家 实业家 收藏家 评论家 小说家 剧作家 歌唱家
        钢琴家 小提琴家 探险家 发明家 革命家 军事家 教育家 慈善家 演奏家 表演艺术家
        """.split()
        + WEAK_TITLES,
        key=len,
        reverse=True,
    )
)
# Japan's ministers as the mainland's press shortens their titles (外相, 防卫相, 财务相 for 外务大臣, 防卫大臣, 财务大臣).
JAPANESE_MINISTERS = ("外相", "防相", "财相", "防卫相", "财务相", "总务相", "经产相", "文科相", "厚劳相", "农水相", "国交相",
                      "环境相")
# More titles of offices and callings, as Chinese news writes them before a name (banks, bodies, a company's chief
# officers beyond those above (首席设计官, 首席投资官), courts, their officers and the parties to a case and who acts for them
# (上诉人, 委托诉讼代理人, as China's judgments label them), the armed forces and police, churches and temples, crews, the press,
# film, stage and sports, statisticians and accountants, students and scholars, the state's 国家副主席 (beside its 国家主席),
# party leaders (a party's 干事长, its secretary-general in Japan and Taiwan, its 党代表, the head of some of Japan's, and its
# 共同代表, co-leader, as 日本维新会 names its two; a
# village's 支书, its branch secretary, and of a general branch, 党总支书记), deputies to the people's congresses (人大代表,
# 全国人大代表) and aides, legislators and the heads of the five Yuan as Taiwan's press names them: 立委, 总召, 立法院长, 陆委会主委, Hong
# Kong's 召集人 (of its Executive Council), 大律师, 资深大律师 (Senior Counsel) and police ranks (警司, 督察, 警员), America's 贸易代表 and a
# country's 总检察长 (its attorney general), Singapore's 资政, the heads of the offices of South Korea's presidency and its
# secretaries (室长, 首席秘书官, 秘书官) and its special prosecutors (特别检察官, 特检), Japan's ministers as the mainland's does
# (JAPANESE_MINISTERS), 官房长官 and their 次官 and 审议官, a prefecture's 知事, the chief engineers and accountants of Chinese
# enterprises and the chief commanders of its great projects and emergency headquarters (总指挥), envoys to the UN and a
# union's or a leader's (高级代表, 特别代表), prize winners, athletes, coaches and singers as the press calls them: 名将, 名帅, 小将,
# 新星, 棋手, 车手, 球王, 歌后, a baseball team's 强打 (slugger), a volleyball team's positions, 主攻, 二传, 自由人, the titles of courts
# and clergy abroad: 埃米尔, 皇太子, 王后, 大主教, 最高领袖, an Orthodox church's 牧首, a show's or ceremony's 嘉宾, and the styles of
# Malaysia's honours as its Chinese press writes them before a name: 拿督, 拿督斯里, 丹斯里, 拿汀, the offices of imperial China as
# accounts of the classical past write them before a name (知州, 太守, 宰相, 尚书, 巡抚), and the callings by which the press
# names ordinary people in a story: 农民, 司机, 驾驶人 (as the road traffic safety law names a driver), 志愿者, 乘客, 游客, 渔民, 外卖员,
# 护林员, 门卫, 保姆, 导游, 工人, 农民工, one who owns what the story is of (车主, 失主), a large grower or breeder as
# farm policy names one (种粮大户, 养殖大户), a trader (商户, 个体户), a
# survivor (幸存者), a martyr (烈士, after the name too), a founding hero (元勋, of 开国元勋 and “两弹一星”元勋: a name to jieba), a
# student by schooling (大学生, 初中生; not 留学生, whose 留学生楼 is a building), North Korea's head of state (国务委员长,
# not its 委员长) and its minister of defence (国防相, not Japan's 防相 of it),
# those who keep or serve in a shop or keep a building or let a room (老板娘, 掌柜, 店员, 服务员, 收银员, 厨师, 清洁工, 环卫工, 快递小哥, 外卖小哥,
# 房东, 租客; not 保安, a given name as often: 张保安), a film's or play's leads (男主角, 主演), the leaders of a city, province,
# district, county, school or institute as official news writes them before their names (市领导, 省领导, 校领导), an
# association's 总会长 and a company's 董事经理 (its president, its managing director, as Malaysia's and Singapore's press
# write them), and the trades of a story's experts and staff: 讲师, 法医, 药剂师, 程序员, 班主任, a company's 董秘 and 独董, and who
# controls it or acts for it in law, 实际控制人 and 法定代表人, as the company law names them, a legation's 公使, and a page's
# proofreader and reviewers, 校对, 审核, 审校, and its 责编, as its credits name them after the editor), read as a
# person's role but not given to the tagger as cues: trained with them, it found fewer names.
ROLE_TITLES = tuple(sorted(TITLES + tuple(
    """行长 会长 党代表 人大代表 全国人大代表 党总支书记 理事长 理事 常务理事 处长 科长 区长 乡长 旗长 盟长 署长 司长 次长 馆长 所长 团长 军长 师长 舰长 机长 船长 总干事
    首席设计官 首席科学官 首席投资官 首席法务官 首席风险官 首席数据官 首席商务官 首席人才官 首席安全官
    特使 特首 国家副主席 首长 大法官 大律师 资深大律师 议长 总督 王储 教宗 主教 牧师 参赞 参事 专员 总编 检察长 总检察长 审计长 指挥官
    飞行员 副驾驶 乘务员 空乘 航天员 宇航员 指令长 设计师 建筑师 摄影师 领袖 长官 大臣 通讯员 民警 总教练 实习生 实习记者 特约记者
    总设计师 影帝 影后 太太 老婆 老公 领导人 领队 裁判官 被告 被告人 原告 上诉人 被上诉人 申请人 被申请人 委托诉讼代理人 诉讼代理人 委托代理人 法定代理人 犯罪嫌疑人 嫌疑人 主犯 从犯 证人 财务长 营运长
    技术长 艺人 主唱 吉他手 鼓手 贝斯手 经纪人 天后 天王 总司令 行政总裁 董事总经理 董事经理 司令员 政委 参谋长 护士长 住持 方丈
    巡视员 刑警 交警 辅警 店长 站长 主播 投手 捕手 外野手 内野手 游击手 强打 强投 审判长 审判员 陪审员 书记员 公诉人 庭长
    统计师 会计师 精算师
    规划师 策展人 制片人 编剧 博士后 博士 博士生 硕士生 研究生 立委 立法委员 总召 召集人 外援 影评人 评论员
    撰稿人 专栏作家 翻译家 雕塑家 舞蹈家 医学家 地质学家 教师 被害人 受害人 中场 中卫 边锋 后腰 常委 委员 接班人 继任者
    组长 副组长 支书 助理 秘书 新闻秘书 准将 大校 上校 中校 少校 上尉 中尉 少尉 旅长 营长 连长 排长 班长 教导员 指导员
    军士长 上士 中士 下士 列兵 党首 党魁 共同代表 干事长 阁揆 幕僚长 官房长官 次官 副大臣 审议官 知事 棋手 车手 骑手 资政
    行政院长 立法院长 司法院长 考试院长 监察院长 主委 主计长 贸易代表 室长 秘书官 首席秘书官 特别检察官 特检 总工程师 总会计师 总经济师 总建筑师 总规划师
    常驻联合国代表 常驻代表 首席代表 高级代表 特别代表 得主 获得者 获奖者 名将 名帅 老将 小将 新秀 新星 球王 拳王 棋王 歌王 歌后
    埃米尔 王妃 皇太子 酋长 大主教 枢机主教 教皇 最高领袖 牧首 主攻 副攻 二传 自由人 嘉宾 拿督斯里 丹斯里 拿督 拿汀
    农民 司机 志愿者 乘客 游客 候选人 总统候选人 网球手 拳手 射手 国脚 教头 好手 歌星 影星 明星
    预报员 解说员 协调员 守门员 饲养员 投递员 邮递员 列车员 保安员 售票员 话务员 调研员 化验员 辅导员 讲解员 播音员 快递员
    消防员 技术员 驾驶员 驾驶人 营业员 售货员 调解员 网格员 安全员 检验员 质检员 观察员 联络员 信息员
    制作人 出品人 监制 音乐人 作词人 作曲人 作词家 词作者 曲作者 编曲 主理人 传承人 店主 摊主 园长 警长 乘务长 列车长 法官助理 经理人 乐评人 书评人 时评人 种子 搭档 队友
    校对 审核 审校 责编 新郎 新娘 台长 警司 高级警司 总警司 督察 高级督察 总督察 警员 拍档 总指挥 副总指挥
    渔民 牧民 矿工 船员 村医 护林员 保洁员 外卖员 外送员 程序员 讲师 法医 药剂师 营养师 董秘 独董 实际控制人 法定代表人 公使 控卫 班主任
    车主 房主 货主 失主
    门卫 保姆 月嫂 裁缝 导游 养殖户 种粮大户 种植大户 养殖大户 队医 幸存者 基金经理 投资总监 监院 总顾问 法律顾问 首席顾问 高级顾问 女星 男星 童星 女演员 男演员 维修工 名宿 横纲 大关 关胁 工人 农民工 商户 个体户 烈士 元勋 王后
    奥运冠军 世界冠军 全国冠军 里长 技术总监 艺术总监 创意总监 运营总监 市场总监 销售总监 体能教练 守门员教练 离休干部 退休干部 老党员
    大学生 中学生 小学生 高中生 初中生 本科生 国务委员长 国防相
    老板娘 掌柜 店员 服务员 收银员 厨师 清洁工 环卫工 快递小哥 外卖小哥 房东 租客 男主角 女主角 主演 男主演 女主演
    市领导 省领导 区领导 县领导 校领导 院领导 总会长
    战士 老红军 老战士 蓝委 绿委 白委
    知州 知府 知县 县令 太守 刺史 宰相 丞相 尚书 侍郎 御史 大学士 节度使 巡抚 都督 提督 太尉 状元""".split()) + JAPANESE_MINISTERS,
    key=len, reverse=True))
# What is named after a person, as a memorial (谈家桢基金, 宋庆龄基金会, 鲁迅纪念馆, 周恩来故居): annotated news
# marks the person before it.
MEMORIALS = ("基金", "纪念馆", "故居", "奖学金", "纪念碑")
# The heads of a state or government, written after their names as after their countries' (里根总统, 贝宁总统).
HEADS_OF_STATE = ("总统", "总理", "首相", "国王", "女王")
# The heads of a place of that level (旗长, 盟长: of Inner Mongolia's banners and leagues; 知事: of a Japanese
# prefecture; 里长: of a Taiwanese village or ward, 里), the title after a place's name.
PLACE_HEADS = ("市长", "省长", "州长", "县长", "区长", "镇长", "乡长", "村长", "里长", "旗长", "盟长", "知事")
# The honours the state and the press give many, by how their names end or begin (中国好人, 时代楷模, 全国劳动模范,
# 岗位标兵, 感动中国年度人物, 三八红旗手, 最美乡村教师, 大国工匠): no one's nickname, but what one was named.
HONOURS_END = ("好人", "楷模", "模范", "标兵", "人物", "榜样", "能手", "红旗手", "好少年", "工匠")
HONOURS_BEGIN = ("最美", "感动")
# Words of kinship that stand before a relative's name (其弟王某, 儿子小王): the common kinship
# terms of Chinese, written and spoken (爷爷, 舅舅), by marriage, step and adoption (姐夫, 继母, 义子; not 叔叔, as often how a child calls any man: 熊猫馆的叔叔、阿姨), with the written
# forms 其X (his X) and 之X (X of), those that tell which child or spouse (长子, 长孙, 遗孀), and a partner (女友, 男友, 伴侣).
KINSHIP = tuple(
    """父亲 母亲 儿子 女儿 妻子 丈夫 哥哥 弟弟 姐姐 妹妹 兄弟 姐妹 孙子 孙女 侄子 侄女 外甥 女婿 儿媳
    岳父 岳母 祖父 祖母 外公 外婆 前妻 前夫 其父 其母 其子 其女 其妻 其夫 其兄 其弟 其姐 其妹 之子 之女 之妻 之夫 之父 之母
    胞弟 胞兄 胞姐 胞妹 老伴 爷爷 奶奶 姥爷 姥姥 爸爸 妈妈 伯父 叔父 舅舅 姑姑 姑父 姨妈 舅妈 婶婶 堂哥 堂弟
    表哥 表弟 表姐 表妹 婆婆 儿媳妇 孙儿 外孙 外孙女 长子 长女 次子 次女 长孙 幼子 独子 养子 养女 大儿子 小儿子
    大女儿 小女儿 二儿子 三儿子 二女儿 三女儿 三子 四子 遗孀 未婚妻 未婚夫 子女 儿女 伯母 姐夫 妹夫 嫂子 弟媳 堂兄 堂姐 堂妹 表兄 外祖父 外祖母
    曾祖父 曾祖母 继父 继母 养父 养母 生父 生母 义子 义女 女友 男友 伴侣 外甥女 曾孙 曾孙女 姑妈 姨父 阿爸 阿妈
    表侄 表侄女 表叔 表舅 堂叔 侄孙 侄孙女 老公 老婆""".split()
)
# Words of kinship that are as often how a child calls any grown-up (警察叔叔, 熊猫馆的叔叔、阿姨): a relation only of
# someone named before their 的 (宗馥莉的叔叔宗泽后), and no evidence of a person, as those above are.
OWNED_KIN = ("叔叔", "阿姨")
# Callings and fellows that are someone's relation only where written after that one's 的 (罗迪克的教练吉尔伯特, 她的教练,
# 王楚钦的经纪人, 他的同学林峰, 王磊的战友何勇, 金建希的律师崔智宇, 我的老师南仁东, 她的合伙人孙浩): else no relation (总教练高志明 keeps the
# title alone, as 刘国梁教练 and 张建国律师 after the name; 本科同学, no one's).
OWNED_CALLINGS = ("教练", "经纪人", "同学", "同事", "战友", "律师", "辩护律师", "辩护人", "老师", "合伙人")
# Of those, the words for a child or grandchild, the younger generations: 老X, 'old X', is never one of them.
CHILDREN = frozenset("""儿子 女儿 孙子 孙女 侄子 侄女 外甥 女婿 儿媳 儿媳妇 孙儿 外孙 外孙女 长子 长女 次子 次女 长孙 幼子 独子
    养子 养女 大儿子 小儿子 大女儿 小女儿 二儿子 三儿子 二女儿 三女儿 三子 四子 之子 之女 其子 其女 子女 儿女 义子 义女
    外甥女 曾孙 曾孙女""".split())
# Of the common kinship terms of Chinese, those that say a man or a woman (not 老伴, 配偶: either), whom 他 or 她 may
# stand for.
MALE_KIN = frozenset("父亲 爸爸 儿子 爷爷 外公 姥爷 哥哥 弟弟 孙子 外孙 叔叔 舅舅 伯伯 伯父 叔父 公公 岳父 女婿 丈夫 老公 "
                     "侄子 外甥 长子 次子 姨父 曾孙".split())
FEMALE_KIN = frozenset("母亲 妈妈 女儿 奶奶 外婆 姥姥 姐姐 妹妹 孙女 外孙女 姑姑 姨妈 婆婆 岳母 儿媳 妻子 老婆 夫人 太太 "
                       "侄女 外甥女 长女 次女 姑妈 曾孙女".split())
# Verbs of sending, making, calling or asking someone (派萨默斯出访, 使X, 叫X, 请X): the tagger may glue one before a
# transliteration, which none of the corpora's transliterated names begins with (of their 77 right after one).
SENDING = frozenset("派使叫请")
# Two people's one-character short forms written as one word (马列主义: Marx and Lenin; 汤尤杯: Thomas and Uber, the
# badminton cups' namesakes; 梁祝: the Butterfly Lovers): MSRA's news annotates each character as a name (马列 36
# times, 汤尤 26, 梁祝 2, 孔孟 and 康乾 once), which People's Daily leaves untagged (马列 27 times) and the model with it.
PAIRED_SHORT_FORMS = ("马列", "汤尤", "梁祝", "孔孟", "康乾")
# Titles that, written after a name, tell whose relative, successor, envoy or partner the next person is
# (马克龙夫人X, 库克接班人, 习近平特使X, 王楚钦搭档X), or teacher, master, apprentice, disciple or student (他的导师陆华,
# 张浩然的师傅赵国庆, 姜昆的师父马季, as the traditional arts write a master, 梅葆玖的弟子李胜素, 我的学生何珂), or fellow
# disciple (他的师兄X): no role of the name before them.
# A person's aides, named with the office they serve (总统助理, 部长秘书, 总统特使) or the one served (张发奎秘书), not
# offices of their own (a body's secretary is its 秘书长).
AIDES = ("助理", "秘书", "特使")
# The styles of Malaysia's honours as its Chinese press writes them, between an office and the name (首相拿督斯里安华).
MALAY_STYLES = ("拿督斯里", "丹斯里", "拿督", "拿汀")
RELATION_TITLES = ("夫人", "丈夫", "妻子", "太太", "接班人", "继任者", "特使", "搭档", "拍档", "队友", "导师", "师傅", "师父", "徒弟", "弟子", "学生",
                   "师兄", "师姐", "师弟", "师妹", *OWNED_CALLINGS)
TITLE_JOINERS = ("兼", "及", "和", "与", "、", "暨")
# The officers' ranks of the Chinese armed forces (and 准将, a brigadier general abroad) and the services that
# come before them in a title (海军大校, 空军少将, 武警上校): the service is part of the rank as the press writes it.
MILITARY_RANKS = frozenset("上将 中将 少将 准将 大校 上校 中校 少校 上尉 中尉 少尉".split())
ARMED_SERVICES = ("海军陆战队", "陆军", "海军", "空军", "火箭军", "武警", "解放军", "海警")
# The buildings Chinese news names governments by (白宫发言人, 克里姆林宫发言人, 五角大楼发言人, 唐宁街发言人, 爱丽舍宫发言人):
# jieba's dictionary has them as names or places, none a body, so the office a title is of stops short of them.
SEATS_OF_POWER = ("白宫", "克里姆林宫", "五角大楼", "唐宁街", "爱丽舍宫")
# What changes a title's meaning when written right before it, and so belongs to the role
# (副总理, 前总统, 代理市长, 临时首席执行官, 常务副省长, 联席CEO, 高级副总裁, 轮值董事长): the rank and tenure modifiers of
# Chinese titles, with Taiwan's word for a co- officer (共同营运长, as 联席; not 资深, 'senior', as often praise: 资深记者) and
# Hong Kong's for a deputy judge or magistrate (暂委法官), and a retired professor's, emeritus (荣休教授).
TITLE_PREFIXES = ("副", "前任", "原任", "前", "原", "代理", "代", "临时", "常务", "常任", "执行", "候任", "名誉", "荣誉", "署理",
                  "首任", "首席", "联席", "高级", "轮值", "共同", "暂委", "荣休", "助理")
# Of those, the ones that say an office is held for the time being, in another's stead: the office still.
ACTING_PREFIXES = ("代理", "代", "署理", "暂委", "临时")

# Verbs of speaking and writing: right after a name they are strong evidence of a person.
SPEECH_VERBS = tuple(
    "表示 说道 说 称 写道 指出 认为 告诉 透露 坦言 回忆 强调 呼吁 感叹 劝导 介绍 分析 解释 补充 直言 "
    "自称 声称 坦承 承认 否认 回应 证实 提到 谈到 谈及 提出 问道 答道 笑称 发文 发推 宣称 预计 表态".split()
)
# To whom, between a name and its verb of speaking (X对记者说, X向媒体表示): the press's own ways.
TO_REPORTERS = ("对本报记者", "向本报记者", "对记者", "向记者", "对媒体", "向媒体")
# Things people do that organisations rarely do.
# A player's acts on the pitch, as the sports press tells them (破门, 梅开二度, 开出角球).
PLAYER_ACTIONS = tuple(
    "破门 射门 进球 助攻 扳平 梅开二度 替补登场 首发出场 登场 因伤 缺阵 复出 罚进 罚丢 罚失 射失 补射 扑出 "
    "头球 主罚 推射 远射 劲射 抽射 挑射 低射 越位 染黄 吃到黄牌 被罚下 首开纪录 首开记录 独中两元 上演帽子戏法 "
    "开出角球 开出任意球 直塞".split()
)
# Goals a side scores as often as a player (扳回一球, 扩大比分, 连入两球): a player's only where the text writes the
# one who scores them as no side.
GOALS_OF_EITHER = ("扳回一球", "扩大比分", "连入两球", "连进两球")
PERSON_ACTIONS = tuple(
    "辞职 离职 离开 辞去 卸任 被罢免 被解雇 被免职 复职 回归 加入 出任 担任 就任 休假 结婚 道歉 "
    "出生 去世 逝世 毕业 竞选 当选 拜访 探望 打电话 出席 亲赴 响应 报名 参加 赶到 宴请 创办 创立 "
    "邀请 表扬 访问 会见 会面 批评 称赞 嘲笑 讽刺 致敬 签署 上台 下台 辞去 主持 执棒 执教 执导 主演 演唱 演奏".split()
) + PLAYER_ACTIONS
ADVERBS = ("也", "则", "还", "又", "曾", "就", "都", "随后", "此前", "早前", "同样", "再次", "近日",
           "当时", "正", "却", "更", "亦", "立刻", "立即", "随即", "马上", "已经", "已", "一直", "曾经",
           "仍", "仍然", "对此", "同时", "当天", "只", "从未", "多次", "亲自", "甚至", "一再", "始终", "依然",
           "赛后", "会后", "事后",  # (after the match, the meeting, the event: 库里赛后表示)
           "日前", "先前", "早先", "稍早")  # (lately, earlier: the press's way of dating words said before the story)

# The common elements of Tibetan personal names as Chinese writes them: the days of the week (尼玛,
# 达瓦, 米玛, 拉巴, 普布, 巴桑, 边巴) and the names of blessing and faith that lamas give (扎西, 次仁, 卓玛,
# 多吉, 平措, 格桑, 洛桑, 央金...), from the conventions of Tibetan naming; a name is two or three of them
# (扎西平措, 次仁央金), which jieba cuts anywhere (扎|西平|措). In the training corpora each of the 56 runs of
# two or three of them lies inside an annotated name.
TIBETAN_NAME_PARTS = frozenset(
    """扎西 次仁 才让 卓玛 多吉 多杰 旺堆 平措 达瓦 尼玛 巴桑 边巴 普布 拉巴 米玛 索朗 次旦 顿珠 格桑 洛桑 强巴
    旦增 丹增 益西 罗布 央金 拉姆 白玛 贡嘎 桑珠 德吉 曲珍 措姆 仁增 扎巴 群培 阿旺 嘎玛 欧珠 琼达 赤列 土登
    次珠 加措 嘉措 南杰 朗杰 索南 才旦 洛布 玉珍 卓嘎 桑姆 德庆 边珍 仓决 次央 旺姆 旺久 晋美 群宗 曲扎 格列
    拉珍 达娃 巴珠 朗措 才仁 丹巴 贡布 坚参 坚赞 央宗 曲宗""".split()
)
# The common elements of Uyghur personal names as Chinese writes them (古丽 and 古力 'flower', 迪丽 'heart',
# 买买提 and 买提 of Muhammad, 艾力 of Ali, 阿不都 of Abdu-, 努尔 'light'...), from the conventions of Uyghur naming;
# a name undotted, as an artist's, is two or three of them (迪丽热巴, 古力娜扎, 尼格买提), which jieba cuts
# anywhere (古力|娜|扎). In the training corpora each of the 16 runs of two or three of them lies inside an
# annotated name.
UYGHUR_NAME_PARTS = frozenset(
    """迪丽 热巴 古丽 古力 娜扎 阿依 努尔 买提 买买提 艾力 阿不都 吐尔逊 热依 帕提 祖丽 尼格 热合曼 依明 艾尼 米娜
    阿迪力 克里木 托合提 热孜 亚森 艾山 玉素甫 伊力 艾则孜 司马义 铁木尔 肉孜 热娜 古再 阿米娜 扎提 吾买尔 阿力木""".split()
)
# The common elements of Mongolian personal names as Chinese writes them (巴特尔 'hero', 额尔敦 'jewel', 毕力格
# 'wisdom', 乌兰 'red', 其木格 'ornament', 阿拉坦 'gold'...), from the conventions of Mongolian naming; a name is two or
# three of them (额尔敦毕力格, 乌兰图雅, 斯琴高娃), which the tagger cuts short. In the training corpora each of the
# 4 runs of two or three of them lies inside an annotated name (巴图巴雅尔, 阿拉坦敖其尔).
MONGOLIAN_NAME_PARTS = frozenset(
    """巴特尔 额尔敦 毕力格 乌兰 图雅 朝鲁 宝音 孟和 其木格 那仁 格日勒 斯琴 高娃 萨仁 苏和 吉日嘎拉 阿拉坦 敖其尔
    巴雅尔 额尔德尼 哈斯 其其格 乌力吉 图门 巴图 布和 吉雅 乌云 塔娜 阿木尔 呼和 查干 特古斯 宝力道 巴根 满都拉
    那日苏 乌日娜 娜仁 图娅 其布日 敖登 格根 乌恩 额尔德木图 德力格尔 莫日根 苏日娜 赛音 朝格图 额尔顿""".split()
)
# The common family names of the Yi of Liangshan as Chinese writes them (吉克, 沙马, 阿西, 曲比, 海来, 阿苏…), from the
# conventions of Yi naming: a family name of two, then a given name of two (吉克石布, 沙马拉则, 阿西阿呷), which the tagger,
# which has seen few, cuts short.
YI_FAMILY_NAMES = frozenset(
    """阿苏 阿西 阿说 阿尔 阿约 阿的 阿力 阿克 阿衣 阿合 阿库 阿侯 阿鲁 吉克 吉伍 吉木 吉吉 吉觉 吉史 吉尔 吉伙 吉牛
    沙马 沙玛 马海 马黑 马布 曲比 曲木 海来 俄木 俄底 俄洛 勒格 勒尔 木乃 瓦扎 尔古 日火 日黑 罗洪 的日 的惹 巴莫
    加拉 拉马 倮伍 井曲 模色 补约 比布 洛古 依火 苦史 约古 黑来""".split()
)
# The common family names of Japan, of two and three characters (the most frequent of the nationwide surveys of
# Japanese family names, 佐藤, 铃木, 高桥… down to about the three hundredth, but not those Chinese reads as a common
# word first: 高山 'alpine', 大桥 'bridge', 小山 'hill', 大川, 远山, 西山), in the mainland's simplified characters:
# a Japanese name in a text about Japan begins with one, where the tagger, which has seen few, cuts it short
# (小[林宏之]) or passes it over.
JAPANESE_FAMILY_NAMES = frozenset(
    """佐藤 铃木 高桥 田中 伊藤 渡边 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 斋藤 清水
    山崎 池田 桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 长谷川 藤田 后藤 近藤 村上 远藤 青木 坂本
    齐藤 福田 太田 西村 藤井 金子 冈本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田
    森田 上田 内田 柴田 酒井 宫崎 横山 高木 安藤 宫本 大野 小岛 谷口 今井 工藤 高田 增田 丸山 杉山
    村田 大冢 新井 平野 藤本 河野 上野 野口 武田 松井 千叶 岩崎 菅原 木下 久保 佐野 野村 松尾 市川
    菊地 杉本 古川 大西 岛田 水野 樱井 高野 渡部 吉川 山内 西田 饭田 菊池 西川 小松 北村 安田 五十岚
    川口 平田 中田 久保田 服部 岩田 土屋 川崎 福岛 本田 樋口 秋山 田口 永井 山中 中西 吉村 川上 石原
    松冈 马场 浅野 荒木 大久保 野田 小池 松下 吉冈 竹田 松村 大石 内藤 星野 桑原 黑田 堀内 尾崎 望月
    永田 熊谷 内山 松浦 大谷 今村 平井 川村 河合 北川 小西 冈崎 荒井 片山 宫田 宫下 岩本 大塚 小田
    关口 白石 古贺 矢野 大森 须藤 吉野 村井 千田 山根 中泽 森本 野崎 富田 石桥 早川 冈部 岛崎 细川
    平山 奥村 三上 松原 福井 根本 小泉 小原 栗原 上村 冈村 增井 广濑 筒井 沟口 三宅 稻叶 佐久间 河村
    浜田 滨田""".split()
)
# The titles the press writes after a royal's given name (威廉王子, 安妮公主, 凯特王妃, 菲利普国王),
# the one place it puts a title after a foreign name of any characters.
ROYAL_TITLES = ("王子", "公主", "王妃", "国王", "女王")
# Words that, right after a candidate, show it names an organisation, brand or place.
ORG_AFTER = tuple(
    "公司 集团 股份 股票 股价 旗下 官方 品牌 平台 产品 总部 门店 董事会 员工 用户 市值 财报 业绩 "
    "方面 科技 控股 银行 基金 大学 学院 研究院 中心 实验室 协会 委员会 医院 报 网 社 台 市 省 县 州 "
    "国 岛 路 街 大道 站 币 汽车 手机 系统 模型 项目 楼盘 首席 CEO CTO CFO 创始人 董事长 总裁 发言人".split()
)
# What ends the name of a place or an organisation named after a person (普希金广场, 张裕公司):
# right after a tagged name, they make that occurrence no person (common place and body suffixes
# of Chinese, from the naming conventions of the Gazetteer of the PRC and company registers, and the
# endings of associations: 公会, 商会, 协会, and of police stations, kindergartens and old people's homes: 派出所,
# 幼儿园, 养老院, before none of which a name of the corpora stands).
# Prizes, cups and the like (诺贝尔奖, 汤姆斯杯) are not among them: annotated news marks the
# person such a thing is named after, as it does 邓小平 in 邓小平理论.
PLACE_AFTER = tuple(
    "市 省 县 州 区 镇 乡 村 街 路 道 巷 桥 港 湾 岛 河 江 湖 海 山 峰 岭 谷 沟 坡 峡 站 机场 广场 公园 "
    "大街 大道 公司 母公司 子公司 分公司 总公司 集团 银行 大学 学院 中学 小学 学校 医院 工厂 农场 出版社 出版集团 基金会 "
    "通讯社 电视台 电台 公会 商会 工会 协会 学会 联合会 "
    "博物馆 纪念馆 图书馆 体育馆 体育场 展览馆 剧院 酒店 饭店 宾馆 研究所 研究院 码头 车站 中心 厂 馆 "
    "派出所 幼儿园 养老院 敬老院 "
    "共和国 联邦 乐团 交响乐团 乐队 剧团 车队 大厅 礼堂 首都 境内 盆地 平原 高原 沙漠 冰川 火山 环形山 "
    # games named after the city that hosts them (米兰—科尔蒂纳丹佩佐冬奥会): in the corpora's 90,000
    # sentences no name stands right before one
    "奥运 冬奥 亚运 残奥 全运 大运 青奥 世博 "
    # the trades company names end in (马应龙药业, 张裕酒业), and the food a chain sells under its founder's
    # name (杨国福麻辣烫, 王老吉凉茶): before none of them a name of the corpora stands
    "药业 制药 酒业 乳业 食品 饮料 餐饮 电器 家电 服饰 珠宝 地产 置业 物流 凉茶 奶茶 麻辣烫 火锅 米线 烤鸭 面馆".split()
)
# The parts, outskirts and works of a place, and what is held there or named after it (兰斯克鲁纳郊区,
# 莫里纳哨所, 拜科努尔发射场): in the corpora no name stands right before one. Only right after the name:
# words of jieba's dictionary end so that follow names (出席会议).
PLACE_PARTS = tuple(
    "郊区 近郊 市郊 城区 山区 地区 大区 一带 边境 城市 港口 军港 哨所 发射场 油田 矿区 海域 海峡 "
    "战役 会战 会议 峰会 条约 原油".split()
)
# What places are counted in after a place's name (弗拉诺瓦茨等4个村庄, 托斯卡纳、马尔凯等4个大区, and countries as
# allies or members, 巴拉圭、瓜地馬拉與貝里斯三個友邦, 欧盟15个成员国): of the corpora's names, four stand before 等 and a
# number of units, disciples, families or villagers (朱家印等几个村民, so not before 民, 委 or 长), none before a number
# of these.
PLACE_UNITS = ("自治区", "大区", "城市", "国家", "友邦", "邦交国", "成员国", "会员国", "盟国", "地区", "村庄", "乡镇", "港口",
               "省", "市", "县", "区", "州", "村")
PLACES_COUNTED = rf"等?[0-9０-９一二三四五六七八九十两几]+个(?:{'|'.join(PLACE_UNITS)})(?![民委长])"
# One-character words that follow a name so closely that a tagger may glue them to it (王民岗谈,
# 张松乃, 王建平时常): verbs of saying and doing, prepositions, conjunctions and adverbs, from the
# most frequent single-character function words of Chinese news.
GLUED_AFTER = frozenset("说谈讲称问答写摄找给对向在于时乃将把被让为是和与及同跟等也都均皆又就才曾已则亦还却便再生站胜")
# Of those, the ones that also end given names: each ends 18 or more of the names of three
# characters in the training corpora (MSRA and People's Daily 1998: 生 314, 才 69, 胜 37, 和 28, 曾 18).
NAME_FINAL_GLUE = frozenset("生才胜和曾")
# And the ones that end none of them at all (说, 称, 把…; 摄 ends one, 杨飞摄 of a picture's credit, annotated so against
# 388 names before it): glued, wherever they end a name of three.
NEVER_NAME_FINAL = GLUED_AFTER - frozenset("生才胜和曾为均时同在让及都等也问又则乃") | frozenset(
    # and those that follow a name of two four times or more in the training corpora and end none
    # of their 20,000 names of three (报 of 记者X报道, 总 of 总经理, 虽, 率, 担 of 担任, 作 of 作报告)
    "报总对是杯与还也将这认就不向八出上指所已获女告分当最小率首亲看自接副更带打于画到被担手负十由参辞转读"
    "把很决此那两坐精戏没执终近笑共著虽去感却七秘写作的并仍回只昨装领笔听组故早或做反请送离买走既创演抱得"
    "排苦过跑头现每外各眼否下携夺乘投见病姑他"
    # and 未, the written 'not (yet)' beside 不 and 没 above, which ends none of the corpora's 37,625 names
    "未")
# Characters that follow a name of two or three four times or more and end none of the corpora's names, no
# surname nor transliteration, each the first of a word after the name (访 of 访问, 设 of 设宴, 患 of 患病, 逝 of
# 逝世; not 伸 nor 充, which end Japanese given names, 山本由伸, 小林充): glued to a name where a word goes on
# after them, not where the name ends its phrase (记者鄭景議／, a given name the corpora lack).
BEGIN_WORDS_AFTER_NAMES = frozenset(
    "访致签无受奖结诞几撰编配兄面专随邀即患交激事入题改批局捐逝仅凭设校遗观扶遇调诉贪陪辽倾饰借拒递倒状竟争透突推议赶留背拖摘急取个半挑妻系握父失而颇颁办寄赠崇拍塑物兼挂案死除医遭讨抓退毫侵墓救牺烧按形沉攻扳试快赴似吃独完翻购详躲违怎住具引导铜服扮呀")
# Why one did something or what one had meant to, written right after the doer (因伤, 因病, 本想): words whose first
# character a tagger may glue to a name (因 and 本 are characters of the table of foreign names).
WHY_OR_WHAT_MEANT = ("因伤", "因病", "因故", "因公", "因事", "本想", "本该", "本应")
# The modal verbs of Chinese grammars (能愿动词), of which the table of foreign names holds none: after a name,
# what it wants or can do (罗·迪多纳想与王义夫决战, 塔兹姆·坎要稍微幸运一些).
MODAL_VERBS = frozenset("想要能会愿敢应该可得须")
# Last characters that make a transliteration a place (库卡尔特河, 阿布穆萨岛, 唐古拉峰), from
# the generic terms of the Xinhua rules for transliterating foreign place names, and a palace (克里姆林宫,
# 爱丽舍宫: the corpora's names of a transliteration and 宫, none).
PLACE_ENDINGS = frozenset("河江湖海湾港岛峰山岭谷沟原州省市县村镇城堡站宫")
# The countries of the world by their Chinese names (the member states of the United Nations and
# its observers, as Xinhua writes them, with the short forms 印尼, 沙特 and 阿联酋 and the states of the
# 1990s the corpora name): no person is called so. Left out: 马里, a name once in the corpora, and
# 加纳, 贝宁 and 多米尼克, which transliterate people's names too (Garner, Bening, Dominic).
COUNTRIES = frozenset((
    "阿富汗 阿尔巴尼亚 阿尔及利亚 安道尔 安哥拉 安提瓜和巴布达 阿根廷 亚美尼亚 澳大利亚 奥地利 "
    "阿塞拜疆 巴哈马 巴林 孟加拉国 巴巴多斯 白俄罗斯 比利时 伯利兹 不丹 玻利维亚 "
    "波斯尼亚和黑塞哥维那 博茨瓦纳 巴西 文莱 保加利亚 布基纳法索 布隆迪 佛得角 柬埔寨 喀麦隆 加拿大 "
    "中非 乍得 智利 哥伦比亚 科摩罗 刚果 哥斯达黎加 科特迪瓦 克罗地亚 古巴 塞浦路斯 捷克 丹麦 "
    "吉布提 多米尼加 厄瓜多尔 埃及 萨尔瓦多 赤道几内亚 厄立特里亚 爱沙尼亚 斯威士兰 埃斯瓦蒂尼 "
    "埃塞俄比亚 斐济 芬兰 法国 加蓬 冈比亚 格鲁吉亚 德国 希腊 格林纳达 危地马拉 几内亚 几内亚比绍 "
    "圭亚那 海地 洪都拉斯 匈牙利 冰岛 印度 印度尼西亚 印尼 伊朗 伊拉克 爱尔兰 以色列 意大利 "
    "牙买加 日本 约旦 哈萨克斯坦 肯尼亚 基里巴斯 科威特 吉尔吉斯斯坦 老挝 拉脱维亚 黎巴嫩 莱索托 "
    "利比里亚 利比亚 列支敦士登 立陶宛 卢森堡 马达加斯加 马拉维 马来西亚 马尔代夫 马耳他 马绍尔群岛 "
    "毛里塔尼亚 毛里求斯 墨西哥 密克罗尼西亚 摩尔多瓦 摩纳哥 蒙古 黑山 摩洛哥 莫桑比克 缅甸 "
    "纳米比亚 瑙鲁 尼泊尔 荷兰 新西兰 尼加拉瓜 尼日尔 尼日利亚 朝鲜 北马其顿 马其顿 挪威 阿曼 "
    "巴基斯坦 帕劳 巴拿马 巴布亚新几内亚 巴拉圭 秘鲁 菲律宾 波兰 葡萄牙 卡塔尔 韩国 罗马尼亚 "
    "俄罗斯 卢旺达 圣基茨和尼维斯 圣卢西亚 圣文森特和格林纳丁斯 萨摩亚 圣马力诺 圣多美和普林西比 "
    "沙特阿拉伯 沙特 塞内加尔 塞尔维亚 塞舌尔 塞拉利昂 新加坡 斯洛伐克 斯洛文尼亚 所罗门群岛 索马里 南非 "
    "南苏丹 西班牙 斯里兰卡 苏丹 苏里南 瑞典 瑞士 叙利亚 塔吉克斯坦 坦桑尼亚 泰国 东帝汶 多哥 "
    "汤加 特立尼达和多巴哥 突尼斯 土耳其 土库曼斯坦 图瓦卢 乌干达 乌克兰 阿联酋 阿拉伯联合酋长国 "
    "英国 美国 乌拉圭 乌兹别克斯坦 瓦努阿图 委内瑞拉 越南 也门 赞比亚 津巴布韦 巴勒斯坦 梵蒂冈 "
    "南斯拉夫 扎伊尔 苏联 捷克斯洛伐克 "
).split())
# The one-character short names the Chinese press pairs countries and regions by (中美, 印巴, 马美,
# 两岸的台) and the words of what passes between them that follow such a pair (中美关系, 马美关税谈判):
# two or three of them before one are no one's name (1,029 such pairs in the training corpora, none
# a name).
COUNTRY_SHORT = frozenset("中美日俄英法德意加澳印巴韩朝越泰马菲新缅老柬蒙伊叙以埃南欧非港台苏土乌")
BETWEEN_COUNTRIES = ("关系", "两国", "三国", "四国", "双方", "关税", "贸易", "谈判", "会谈", "合作", "峰会",
                     "首脑", "外长", "联合", "战争", "冲突", "边界", "建交", "友好", "之间")
# Last characters of the names of news organisations (路透社, 新京报, 凤凰网, 东方台, 期刊): a
# tagged name that ends in one is the outlet (in the training corpora, 6 of 37,625 names do).
OUTLET_ENDINGS = frozenset("社报台网刊")
ORG_BEFORE = tuple("公司 名为 品牌 基金 机构 平台 媒体 企业 集团 银行 大学 旗下 城市 国家 地区 来自".split())

# Latin words that make a capitalised pair a company, product or institution.
LATIN_ORG_WORDS = frozenset(
    """management capital group holdings partners ventures fund funds bank labs lab inc corp corporation
    company co ltd llc technologies technology systems media news times journal post street university
    college institute foundation association research intelligence superintelligence ai network
    networks studios games motors airlines energy pharma health securities exchange markets global
    international solutions software cloud digital online press review daily weekly magazine club
    council committee agency bureau ministry department office house senate congress party""".split()
)

# The heads that end the names of organisations in Chinese (上海海港队, 美国证券交易委员会,
# 龙湖集团, 济南军分区; from the naming conventions of company registers and public bodies), and the words
# the press uses for such actors without naming them (警方, 当局): a dated sentence with one
# tells of something an organisation did.
ORG_HEADS = tuple(
    """公司 集团 银行 政府 委员会 协会 学会 法院 检察院 医院 大学 学院 医学院 研究院 研究所 基金会 联合会
    俱乐部 交易所 议会 国会 内阁 央行 警方 军方 当局 球队 团队 代表团 组织 联盟 工会 部队 企业 机构 董事会
    国务院 联合国 立法会 理事会 常委会 人大 政协 议院 法庭 商会 总商会 办公室 军区 军分区 警备区 武装部""".split()
)
# The kinds of bodies and places of two characters or more that end a name (禹州市人民医院, 观音桥派出所), the longest first.
KINDS_OF_NAMED_PLACES = tuple(sorted({*ORG_HEADS, *(w for w in PLACE_AFTER if len(w) >= 2)}, key=len, reverse=True))
# Verbs that make a dated sentence an event, by the kind of happening they report. Two
# accounts of one happening share a kind (辞职 and 离职 are both a departure).
EVENT_VERBS: dict[str, tuple[str, ...]] = {
    "departure": tuple("辞职 离职 离开 辞去 卸任 退出 出走 离任 退休".split()),
    "dismissal": tuple("罢免 解雇 解职 开除 免职 撤职 被免".split()),
    "return": tuple("回归 复职 恢复 重返".split()),
    "appointment": tuple("任命 出任 担任 就任 上任 接任 升任 调任 改任 转任 兼任 当选 聘请 加入".split()),
    "leave": tuple("休假".split()),
    "founding": tuple("成立 创办 创立 创建".split()),
    "launch": tuple("发布会 推出 上线 下线 上市 推迟 发售 开售 开业 开园 开馆 开通 通车 投运 投产 启用 启动 开工 竣工".split()),
    "closure": tuple("关停 关闭 停产 停业 倒闭 破产 停运 停航".split()),
    "deal": tuple("收购 融资 入股 持股 减持 买入 出售 抛售 增持 筹集 涨价 降价 暴涨 暴跌".split()),
    "statement": tuple("表示 写道 宣布 公布 否认 承认 回应 声明 透露 发文 发推 发布 发送 致信 讽刺".split()),
    "meeting": tuple("出席 举行 召开 会见 拜访 探望 访问 参加 谈话 宴请".split()),
    "legal": tuple("起诉 调查 指控 判决 和解 罚款 处罚 逮捕 宣判 判处 审理 开庭 上诉 拘留 抓获 被捕 落网".split()),
    "crime": tuple("盗走 窃走 盗窃 失窃 行窃 抢劫 劫持 绑架 杀害 枪击 袭击 纵火".split()),
    "life": tuple("去世 逝世 结婚 出生 死亡 遇难 获救 受灾 爆发 暴发 发生 起火 失火 着火 爆炸 坍塌 倒塌 受伤 失踪 毕业 考入 入伍 参军 "
                  "入党 被困 落水 溺水 坠落 触电 中毒 冲垮 冲毁 受损 损毁 被毁".split()),
    "contest": tuple("夺冠 夺得 战胜 击败 负于 不敌 获胜 卫冕 晋级 逆转 打破 刷新 战平 逼平 迎战 交锋 争夺".split()),
    "ceremony": tuple("开幕 闭幕 落幕 揭幕 帷幕 颁奖 举办 结束 开赛 开跑 揭晓".split()),
    "law": tuple("签署 颁布 批准 出台 实施 施行 生效 投票 选举 胜选 列入 入选".split()),
    "feat": tuple("完成 发射 登陆 着陆 抵达 返回".split()),
}
