"""The grammar the extractor reads with: words and patterns of Chinese report prose, not knowledge about
indicators or places (that is data/, through etl.knowledge)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.knowledge.tables import alternation

# a sentence ends at a stop, a semicolon or a line's end; in a headline that runs its clauses on with spaces
# (X2016年GDP料增长6.7% 2017年目标为6.5%左右), where a space after a percentage opens a clause led by a year,
# and in a page whose lines were run together with spaces (…确保一季度“开门红” 2017年,全州…), where a space
# after words opens a sentence led by its year and a comma
SENTENCE_END = re.compile(r"[。!?\n]|;(?!\s*(?:实际(?:增长|下降|完成|实现)|执行\d|全年(?:增长|下降)))|(?<=%)[ \u3000]+(?=\d{4}年)|(?<=[\u4e00-\u9fff”])[ \u3000]+(?=\d{4}年[,,])"
                          # a review's heading run into a flattened page (…总结 2024年工作回顾 - 经济运行…)
                          r"|(?<=[\u4e00-\u9fff”\]])[ \u3000]+(?=\d{4}年工作回顾)")
GROWTH = re.compile(r"增长|增速|增幅|同比|比增|递增|下降|降低|减少|回落|下滑|负增长|提高|上升|增加|拉升|上涨")
DECLINE = re.compile(r"下降|降低|减少|回落|下滑|负增长")
TO_LEVEL = re.compile(r"(?:增长|提高|上升|增加|下降|降低|减少|降|增|提升)(?:至|到)")
INCREMENT_BEFORE = re.compile(r"(?:增长|增加|减少|下降|提高|上升|增收|减收|净增|净减|新增|多出?|(?<!至)少)了?\s*$")
FROM_BEFORE = re.compile(r"(?:由|从)\s*$")
_BASE_YEAR = r"\d{4}年(?:末|底)?的?"
FROM_BASE = re.compile(rf"(?:由|从)\s*(?:{_BASE_YEAR})?\s*$")   # 由2020年的1002.3亿元(增加到…): the base of a change
YEAR_BASE = re.compile(rf"(?:由|从)\s*{_BASE_YEAR}\s*$")   # … said with its year
# a rate's change to a new value (由下降5.4%转为增长0.7%, 由前三季度的下降5.4%逐月回升到全年增长0.7%): the value after it is the
# one now; the one it changed from is only a part-year's or a year's when its own words say so
CHANGED_TO = re.compile(r"[^,,;;。\d]{0,4}?(?:转为|转变为|(?:回升|回落|提高|上升|下降|扩大|收窄|加快|放缓)(?:到|至|为))")
_PRIOR_NAMED = re.compile(r"(?:由|从)[^,,;;。]*?(?:季度|半年|\d{1,2}月)")   # a part of the year of its own (not 上年, 2020年: bases)
REACH_BEFORE = re.compile(r"(?:达到|达)\s*$")   # 年均增长9.4%,达到1709亿元: the level reached
TARGET_INLINE = re.compile(r"目标|(?:计划|预算)(?=(?:数为|数|为|是|由)?[((]?(?:增长|下降)?\s*(?:-?\d|$))")   # …目标; 计划6亿元, 预算数6亿元, 计划(为增长8%)
TARGET_NAMED = r"(?:(?:年初|全年|年度|去年|上年)?(?:增长|增速)?(?:(?:预期|预定|计划|既定)?目标|计划)|(?:年初|调整)预算数?)"   # …目标, 计划, 年初预算
DERIVED_TAIL = TARGET_NAMED + r"\s*$"   # …预期目标0.5个百分点
GAP_ABOVE, GAP_BELOW = ("高", "快", "提高", "加快"), ("低", "慢", "降低", "放缓")   # 比预期目标高0.8个百分点: the gap's side, said after the target
# a growth measured against a named base year (较2016年增长30.7%, 与2015年相比增长): over the years since
# that year when the base is two or more years back, not the year's own growth
# a base year declared for the figures after it (比2012年(下同)增长47.7%;…增长125.1%)
BASE_CARRIED = re.compile(r"(?:比|较)\s*(\d{4})\s*年\s*\(下同\)")
# a five-year plan's end as a growth's base (比十一五末增长40%) and as a level's stated time (由“十二五”末的6557亿元)
PLAN_END_BASE = re.compile(r"(?:比|较|与|同)\s*“?十([一二三四五])五”?\s*期?末")
PLAN_END_JUST_BEFORE = re.compile(r"十([一二三四五])五”?\s*期?末(?:的)?\s*$")
# a base word right before a plan's name or a year (由“十二五”末的, 是十一五末的 3.8倍, 由2015年的), and a plan's end after
# its name: an average after them is over the years since that end
BASE_RIGHT_BEFORE = re.compile(r"(?:由|从|比|较|是|为)\s*“?$")
AT_PLAN_END = re.compile(r"”?\s*期?末")
BASE_YEAR = re.compile(r"(?:比|较|与|同)\s*(\d{4})\s*年(?:末|底)?(?:相比|同期)?(?!\d)")
# the target given in brackets after the outcome that is measured against it (增长8%,高于预期目标(增长6%以上))
TARGET_BRACKETED = re.compile(TARGET_NAMED + r"(?:任务)?\s*[((]\s*(?:为|是)?\s*(?:[\d.]+\s*[亿万]?元\s*[,,]\s*(?:比上年|同比)?)?\s*(?:增长|下降)?\s*$")
# a number that says by how much an outcome passed or missed its target (超预期目标8.57亿元, 比目标低3亿元):
# a gap, never the target's level nor the outcome's
TARGET_GAP = rf"(?:比|较){TARGET_NAMED}(?:高出?|低|多|少|超出?|增加|减少)了?\s*$"
# prices a figure is stated in: a level at comparable prices is not the level; a growth at current prices
# (名义) is not the real growth the catalogue's growth of output is
AT_COMPARABLE_PRICES = re.compile(r"可比价")
AT_CURRENT_PRICES = re.compile(r"现价|当年价|名义")
# … of which a level can be stated on too (一般公共预算收入(同口径)217亿元); 可比价 (constant prices) is a growth's alone
COMPARABLE_LEVEL = re.compile(r"可比口径|同口径|剔除[^,;。]{0,15}因素|扣除[^,;。]{0,12}因素")
COMPARABLE = re.compile(COMPARABLE_LEVEL.pattern + r"|可比价|剔出不可比因素|不可比因素")
# … of which one with a named factor taken out (剔除留抵退税影响后, 扣除价格因素): not the series beside the reported figure
FACTOR_TAKEN_OUT = re.compile(r"剔除|扣除")
# … of which a policy's effect (扣除留抵退税因素后, 剔除减税降费因素): a growth that would have been, not a like-for-like
# basis (剔除调入资金等一次性因素 is), unless the text says it is comparable too (扣除留抵退税后、同口径增长)
POLICY_TAKEN_OUT = re.compile(r"(?:剔除|扣除)[^,;。]{0,12}?(?:减税|退税|降费|政策)")
SAID_COMPARABLE = re.compile(r"同口径|可比")
AVG = re.compile(r"年均(?!汇率)")   # not a year's average exchange rate (按年均汇率折算)
YEAR_JUST_BEFORE = re.compile(r"(?<!\d)(\d{4})\s*年(?:的|底|末)?\s*(?:达到|达|实现|完成|为|增至|提高到|增长到)?\s*$")
CUMULATIVE = re.compile(r"累计")
# words of a total over several years, before a level in a span's summary (五年完成投资3463亿元, 共, 合计)
SPAN_TOTAL = re.compile(r"累计|[二三四五六七八九十两]年|年来|期间|合计|总计|共计|总共|共完成|共实现|由|从")
# a part-year's running total (第二季度GDP累计, 1-11月累计) or the year's (全年累计): not several years
PART_YEAR_CUMULATIVE = re.compile(r"(?:季度|月)[^,,;;。]{0,10}?累计|累计[^,,;;。]{0,3}?(?:季度|月)|全年[^,,;;。]{0,4}?累计")


def many_years_cumulative(clause: str) -> bool:
    """累计 over several years (累计完成投资X亿元), not a part-year's running total."""
    return bool(CUMULATIVE.search(clause)) and not PART_YEAR_CUMULATIVE.search(clause)

# a level compared right after it, or after the rest of its list, with a five-year plan's years (…亿元,比“十一五”增长1.4倍;
# 收入36.43亿元、支出258亿元,较“十三五”期间分别增加…): a total over the plan's years
SPAN_COMPARED_AFTER = re.compile(r"[^,,;;。、]{0,3}(?:、[^,,;;。]{0,16})?[,,]?\s*(?:比|较|是|为)[“\"]?十[一二三四五]五[”\"]?(?:时期|期间)?"
                                 r"(?:分别)?(?:增长|增加|提高|翻|的)")

LIST_SEP = re.compile(r"^\s*(?:\([^()]{0,20}\))?\s*(?:、|和|及|与|以及)\s*$")
NUM_LIST_SEP = re.compile(r"^\s*(?:、|和|及|,)\s*$|^\s*[、和]\s*增长\s*$")   # (分别为增长8%、增长6%: the verb said again)
YEAR = re.compile(r"(?<!\d)(\d{4})年(?!以来|以前|末|底|初|起|前(?!三季度|\d{1,2}个?月))")   # 2023年前三季度 is 2023's
# a year after a word of comparison or of a span (比2018年, 至2020年) is no year a figure is about (对于2018年工作 is);
# nor is the end of a span written with a dash (规划(2021—2035年): 2035)
YEAR_BAD_BEFORE = re.compile(r"(?:(?<!占)比|较|与|同|从|自|由|继|(?<![对由])于|和|至|到|截至|(?<=\d年)[—–~-]|(?<=\d)[—–~-])\s*$")
CONGRESS = re.compile(r"政府工作报告|人民代表大会|人大\S{0,4}会议")
# a title naming a year's government work report (2020年X市政府工作报告解读): the report of that year
# a sentence that opens with a report's name (2019年X县政府工作报告 ——…; 2020年X市国民经济和社会发展统计公报): a title
# … and mid-sentence, a report's name a year opens (…湖南省2017年国民经济和社会发展计划2016年,全省…: a title run into its text)
REPORT_NAMED = re.compile(r"[^。,,;;:：\s]{0,16}?(?:政府工作报告|统计公报|国民经济和社会发展(?:统计公报|计划))")
REPORT_NAME_LEAD = re.compile(r"^\s*(?:\d{1,2}[、.]\s*)?\d{4}年" + REPORT_NAMED.pattern)
WORK_REPORT_TITLE = re.compile(r"(\d{4})年[^。,,;]{0,16}?政府工作报告")
# an estimate or a comparison with last year: an outcome, never a target (完成 and 达到 are both)
ESTIMATE = re.compile(r"预计|初步核算|初步统计|同比|比上年|较上年")
FORECAST = re.compile(r"预计|预期|有望|[将要](?:达到|实现|增长|完成)")   # what a year is yet to do
FIRST_ESTIMATE = re.compile(r"初步预计|初步核算|初步统计")
TO = r"\s*(?:-|—|–|~|至|到)\s*"   # month ranges: 1-11月, 1—11月, 1至11月, 1~11月
# a span of years stated in so many words before an average (2021-2024年年均增长7.4%): the figure's own span
# … or at the head of its sentence (2020至2024年,全区…年均增长5.5%)
SPAN_LEAD = re.compile(r"^\s*(\d{4})年?" + TO + r"(\d{4})年(?:间|期间)?[,,]")
# the words of an average a year before its figure (年均增长, 年均增速为, 年均增幅达)
AVERAGE_WORDS = r"年均(?:增长|递增|提高|增速|增幅)?(?:为|达到?|是)?"
STATED_SPAN = re.compile(r"(\d{4})年?" + TO + r"(\d{4})年(?:间|期间)?[^,,;;。\d]{0,12}?" + AVERAGE_WORDS + r"\s*$")
JAN_TO = r"(?<!\d)1月?" + TO        # … and 1月-11月
UNTIL = r"截[至止]到?\s*(?:今年|本年)?\s*(?=\d{1,2}月(?:末|底|份))"   # 截至11月末: the months so far
FIRST_HALF = r"(?:上半年|" + JAN_TO + r"6月份?)"   # 上半年, 1-6月(份), 1月至6月
# every name of one part of a year a text gives (前三季度, 上半年, 第一季度, 前10个月, 1—11月份): the one list the patterns
# that look for a part's name use (PERIODS below labels each)
PART_NAME = r"(?:前三季度|上半年|下半年|第?[一二三四]季度|前\d{1,2}个?月|" + JAN_TO + r"\d{1,2}月份?)"
PERIODS = [
    # a quarter's running total is the year so far (第二季度累计: the first half)
    (re.compile(r"第?二季度[^,,;;。]{0,10}?累计"), "H1"),
    (re.compile(r"第?三季度[^,,;;。]{0,10}?累计"), "Q1-Q3"),
    (re.compile(r"第?四季度[^,,;;。]{0,10}?累计"), "year"),
    (re.compile(r"前三季度|" + JAN_TO + r"9月|" + UNTIL + r"9月"), "Q1-Q3"),
    (re.compile(r"上半年|" + JAN_TO + r"6月|" + UNTIL + r"6月"), "H1"),
    (re.compile(r"下半年"), "H2"),
    (re.compile(r"第?一季度|" + JAN_TO + r"3月|" + UNTIL + r"3月"), "Q1"),
    (re.compile(r"第?二季度"), "Q2"),
    (re.compile(r"第?三季度"), "Q3"),
    (re.compile(r"第?四季度"), "Q4"),
    (re.compile(r"(?:" + JAN_TO + r"|" + UNTIL + r")(1[01]|[2-8])月"), "M1-M{0}"),
    # the first N months (前9个月, 前10个月)
    (re.compile(r"前9个?月"), "Q1-Q3"),
    (re.compile(r"前6个?月"), "H1"),
    (re.compile(r"前3个?月"), "Q1"),
    (re.compile(r"前(1[01]|[2-8])个?月"), "M1-M{0}"),
]
BARE_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*年\s*(?:——|—|:|:)?\s*$")   # 2026年——, alone on its line
SO_FAR_THIS_YEAR = re.compile(r"^\s*今年以来[,,]")   # 今年以来,…: a sentence about this year so far
SO_FAR = re.compile(r"今年以来|年初以来")   # … anywhere before a figure
SAME_PERIOD = re.compile(r"[上去]年同期")   # 比上年同期增长: compared with the same part of last year
PART_END = {"Q1": 3, "Q2": 6, "H1": 6, "Q3": 9, "Q1-Q3": 9}   # the month each part of the year ends (M1-Mn: n)
# a part-year named as the aim of a good start (确保一季度“开门红”): not the period of a figure after it
GOOD_START_AFTER = re.compile(r"[^,,;;。\d]{0,12}?[“\"]?开门红")
# every part-year above names one of these characters (季度, 半年, 月)
PERIOD_CHARS = frozenset("季半月")
WHOLE_YEAR = re.compile(r"全年|" + JAN_TO + r"12月")
# a year (and a part-year) at the head of a sentence or paragraph: "2021年,…", "2022年一季度,…", "1—11月,…", also after
# a connective that adds to what was said (此外,上半年…) or a release's word on how the figures were made (初步核算,前三季度…)
# the time a five-year plan's name says (“十三五”时期, 规划期间, 以来, 这五年)
SPAN_TIME = re.compile(r"”?\s*(?:规划)?(?:时期|期间|以来|这五年|五年)")
# a year whose clause ends in 以来 (2007年市十三届人大一次会议以来,…): the span's start, not the year the sentence is about
SINCE_AFTER_YEAR = r"[^,,。;;\d%]{1,20}以来"
LEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、])?\s*"
                  r"(?:此外|另外|与此同时|同时|(?:先|再|接着)看|(?:据|经)[^,,。;;\d]{0,12}?(?:测算|核算|统计)(?=[,,])|(?:据|经)?(?:初步)?(?:测算|核算|统计))?[,,]?\s*"
                   r"(?:(?P<year>\d{4})年(?!以来|以前|前|起|初|底|末|\d{1,2}月\d{1,2}日|[至到\-—~]|" + SINCE_AFTER_YEAR + r"))?\s*"
                   r"(?:今年|本年)?(?P<period>" + PART_NAME + r")?")
# a target said in so many words within the clause (news wording: 预期增长, 确保): the words are
# data (data/kind_words.csv); "…X亿元的目标" after the number says it too
TARGET_AFTER_WORDS = r"\s*[”」\"]?\s*等?的?(?:主要)?(?:年度|全年|年初)?(?:发展|奋斗|规划|预期|计划|预定|既定|控制|增长|预算)?(?:目标|任务)"   # (增长8%的预期目标没有完成: that 8% is the aim)
BY_YEAR = re.compile(r"(?:(?<![谈提说讲想看聊])到|至)(\d{4})年(?:底|末)?")   # (not 谈到2025年: a topic, no aim)
PLAN_SPAN = re.compile(r"[“\"]?十([一二三四五])五[”\"]?")
# a round number passed on the way (突破4000亿元大关, 迈上3000亿元台阶), not the figure
MILESTONE_AFTER = re.compile(r"^\s*(?:的)?(?:[两二三四五六七八九十]个)?(?:大关|台阶|关口|门槛|新台阶|量级)")   # (…、450亿元两个台阶)
MILESTONE_BEFORE = re.compile(r"(?:迈上|跨上|站上|跨越|越过|登上|跨过|迈过)\s*$")
# a threshold passed (a floor hedge before it) and then the level reached (突破2000亿元,达到2009.5亿元)
REACHED_AFTER = re.compile(r"^\s*[,、]?\s*(?:达到|达)\s*\d")
DECLINE_RATE = re.compile(r"降幅(?:收窄|扩大|为|达|是)?(?:至|到)?\s*$")
RATE_LEVEL = re.compile(r"(?:增速|增幅|增长率)[^,;]{0,6}(?:回落|下降|放缓|提高|回升|加快|收窄|提升)(?:至|到|为)\s*$|(?:回落|放缓|回升)(?:至|到)\s*$")   # (…,全年回落至8.4%: a rate)
ANNUAL_HEADER = re.compile(r"年度|全年|年初")   # a table column of the whole year's figure (年初预算 too)
TABLE_TARGET = re.compile(r"计划|目标|预期")
DONE_ALONE = re.compile(r"^\s*(?:实际|完成|实绩|执行|实际完成)(?:值|数)?\s*$")   # an outcome's column beside its aim's (预期 | 实际)
# a column of a budget, the year's aim for a public finance's figures (预算数, 调整预算数, 2020年预算), not of its execution
# (预算执行数, 完成预算%) nor a revenue's name (一般公共预算收入)
BUDGET_COLUMN = re.compile(r"(?<!完成)预算(?:数|安排)|调整预算|年初预算|(?<!完成)预算\s*$|^\s*调整后?数\s*$")   # (调整数 beside 预算数)
TABLE_ACTUAL = re.compile(r"完成|实际|执行|实绩|决算|绝对值|比上年|同比|基数|基期|基年|现状|预计|累计")   # (2020年基数: the base, done; 2022年预计)
BULLET = re.compile(r"\s*[●◆■▪•·◎○◇□▶►\-*]\s*")
BULLET_MARK = re.compile(r"\s*[●◆■▪•·◎○◇□▶►▲△★☆√✓\-*]")   # … and the marks of a list's items, also a news list's (▲, ★)
# a year named with a target in the same clause (2021年全区生产总值增长目标为7.5%以上)
TARGET_YEAR = re.compile(r"(\d{4})年,?[^。;,]{0,20}?(?<!远景)(?:预期)?目标")   # (not 2035年远景目标: a vision)
# a year's targets announced (2024年主要预期目标), or next year's plan in draft (2024年计划(草案))
# the words between a year and its aims name no other year (通报了2025年运行情况、2026年主要预期目标: 2026's)
_NO_YEAR_GAP = r"(?:(?!\d{4}年)[^。;,:]){0,16}?"
PLAN_TARGETS = r"(\d{4})年" + _NO_YEAR_GAP + r"主要(?:发展)?(?:预期)?目标(?!任务|的?完成|的?执行|的?实现)"
# a year's budget, or a part of it (2024年预算, 2024年区级财政预算, 2023年一般公共预算): its draft is the year's plan
BUDGET = r"(?:本级|[区县市旗]级|全[区县市旗])?(?:财政|一般公共)?预算"
# the name of the yearly plan's whole (国民经济和社会发展, 经济社会发展, 经济和社会发展)
SOCIETY = r"(?:国民经济和社会发展|经济[和与]?社会发展)"
PLAN_DRAFT = r"(\d{4})年(?:(?:" + SOCIETY + r")?计划|" + BUDGET + r")(?:\(草案\)|草案)"
# the second line of a title naming last year's report and this year's plan (…2022年计划执行情况 / 及2023年
#计划草案的报告): not where a plan section starts
TITLE_TAIL = re.compile(r"^\s*(?:及|暨|和|与)\s*\d{4}\s*年")
# a line that is only a year's aims' heading (2019年预期目标, 今年主要目标): a plan section even as a text's first line
# a numbered heading of the year's aims with no year (一、全省经济社会发展主要目标): the document's plan year's section
PLAN_HEADING_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.]|[((][一二三四五六七八九十]+[))]|第[一二三四五六七八九十]+[章节篇])?\s*"
                                   # … also of a plan's span (二、“十四五”时期主要目标, 今后五年的主要目标)
                                   r'(?:[“"]?十[一二三四五]五[”"]?(?:时期|期间|规划)?的?|' r"(?:今后|未来)[三四五]年的?)?(?:全[省市区县州旗盟])?"
                                   + f"(?:{SOCIETY}|发展)?" + r"的?(?:(?:总体要求|指导思想)和)?(?:主要(?:奋斗)?|奋斗)(?:发展)?(?:预期)?目标\s*[::]?\s*$")
PLAN_HEADING_ALONE = re.compile(r"^\s*(?:(\d{4})年|今年|明年)(?:" + SOCIETY + r")?的?(?:主要)?(?:预期|发展)?目标\s*[::]?\s*$")
PLAN_START = re.compile(r"(?:(\d{4})年,?|今年|明年)?" + _NO_YEAR_GAP
                        + r"(?:主要(?:发展|奋斗)?(?:指标)?(?:预期(?:性)?)?目标|主要预期(?:性)?指标)"
                        r"(?!任务|的?完成|的?执行|的?实现)(?:建议|确定|安排)?(?:这样(?:安排|定))?(?:是|为|如下|:)"
                        f"|{PLAN_TARGETS}|{PLAN_DRAFT}"
                        # a year's development aims announced (展望2022年,X市经济社会发展目标为:)
                        # … or a year's aims named otherwise (2018年X省经济社会发展预期目标为:, 今年X市的预期目标是:)
                        r"|(?:(\d{4})年,?|今年|明年)" + _NO_YEAR_GAP + r"(?:发展)?的?(?:主要)?(?:预期(?:性)?|努力|发展|奋斗)?目标"
                        r"(?:(?:主要)?(?:建议|确定|安排)?(?:是|为|如下)?|(?:(?!完成|执行|实现|情况)[^。;:\d]){1,20}?(?:是|为|如下))[::]"
                        # … or a line that opens with them (发展目标是:地区生产总值增长…)
                        r"|^\s*(?:主要)?(?:发展|预期(?:性)?)目标(?:是|为)?[::]"
                        # a year's main indicators as planned (2022年主要经济指标的计划安排是:), or as tasks (市下达我县的主要指标任务是:)
                        r"|(?:(\d{4})年|今年|明年)" + _NO_YEAR_GAP + r"指标(?:的?计划|体系)安排[,,]?(?:具体)?(?:是|为|如下|:)"
                        r"|(?:(\d{4})年|今年|明年)?" + _NO_YEAR_GAP + r"指标(?:任务|安排)(?:是|为|如下)?[::]"
                        # a heading of its own: 今年预期目标, 2024年主要目标, 建议全年经济社会发展预期目标, 展望2018年
                        r"|^\s*展望(\d{4})年\s*[::]?\s*$"
                        r"|^\s*(?:建议)?(?:(\d{4})年|今年|明年|(?<=建议)全年)(?:" + SOCIETY + r")?的?(?:主要)?(?:预期|发展)?目标\s*[::]?\s*$"
                        # … or a numbered heading of the plan's own year (二、经济社会发展预期目标, 二、总体要求和主要目标)
                        r"|^\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))])\s*(?:(\d{4})年|今年|明年)?"
                        r"(?:全[县区市省])?(?:" + SOCIETY + r")?的?(?:[^\d。;,:、]{1,8}?[和与及])?(?:主要)?(?:预期(?:性)?(?:发展)?|发展|(?:年度|全年)(?:计划)?)?目标\s*$"
                        # … or a numbered heading of a named year's main targets and tasks (二、2025年主要目标任务)
                        r"|^\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))])\s*(\d{4})年"
                        r"(?:全[县区市省])?(?:" + SOCIETY + r")?的?主要(?:预期)?目标任务\s*$"
                        # … or a sentence that opens with the aims of the place's development (经济社会发展的预期目标是:)
                        r"|^\s*(?:全[县区市省])?" + SOCIETY + r"的?预期目标(?:是|为|如下)")
# a lead that opens a list of what was done (主要指标完成情况如下:, 全年经济运行情况是:): its items are outcomes
OUTCOMES_LEAD = re.compile(r"(?:完成|执行|运行)情况(?:如下|是|为)?\s*[::]\s*$")
# a paragraph about a past span: a named plan (“十三五”时期), or the last N years (过去五年, 这五年, 四年来)
SPAN_START = re.compile(r"^.{0,8}?(?:“?十([一二三四五])五”?(?:时期|期间|以来|期末)"
                        r"|(?:过去的?|这|近)([三四五])年(?![级度])|([三四五])年(?:来|以来))")
SPAN_YEARS = {"三": 3, "四": 4, "五": 5}
# the next N years a report or meeting sets aims for (今后五年主要目标, 未来五年): a span ahead of its date
FUTURE_SPAN = re.compile(r"(?:今后|未来|往后)的?([三四五])年(?![级度])")
LAST_YEARS = re.compile(r"(?:过去|近)([三四五])年|([三四五])年来")   # 2013年…过去四年年均增长
ANNUAL_MARK = re.compile(r"过去一年|这一年|去年|今年|全年|一年来|^\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))")
# a numbered part of a review that names no year of its own (一、经济发展迈上新台阶): a part of the review above it
SPAN_PART = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))])(?!.*(?:\d{4}年|过去一年|这一年|去年|今年|全年|一年来|年度))")
FIVE_YEAR_PLANS = {"一": (2006, 2010), "二": (2011, 2015), "三": (2016, 2020), "四": (2021, 2025), "五": (2026, 2030)}
# Dated news and other documents without review/plan sections: years relative to the date.
# … and 上年 opening a sentence or clause (上年全省地区生产总值…), never one inside it (为上年的1.1倍, 比上年, 上年同期)
_SHANGNIAN = r"上年(?!同期|末|底)"   # 上年 itself, not its same period or its end
LAST_YEAR = re.compile(r"去年|过去一年|过去的一年|上一年|上年度|(?:^|(?<=[,,;;::。]))\s*" + _SHANGNIAN)
# a comparison's base word right before a year (比去年, 较上年度, 同去年): the year compared with, not the figure's
COMPARED_BASE = re.compile(r"(?:比|较|同|与|和|从|由)$")   # 比去年, 从去年上半年的-17%转为…: a base, not the year spoken of
# a sentence that opens with what a year will do (2024年,贵州将…; 今年,我县将…): its figures are planned
# a sentence that opens with a year and, before any comma, words that may say it is planned (2015年,贵州省计划…)
PLAN_LEAD = re.compile(r"^\s*(\d{4})年[,,]?([^,,。;;]{0,10})")
FUTURE_LEAD = re.compile(r"^\s*(?:\d{4}年|今年|明年)[,,]?[^,,。;;]{0,8}?(?<!即)将(?![近来军])")
# a sentence or paragraph that opens with the year just past, said relative to the item's date
# this year's part named in a sentence before its first indicator (记者了解到,今年上半年,…)
THIS_YEARS_PART = re.compile(r"今年(?:以来)?[,,]?\s*(" + PART_NAME + ")")
# the year ahead said without its number (面对新的一年, 新一年里): in a dated item, the item's own year
NEW_YEAR_AHEAD = re.compile(r"新的?一年(?!来)")
RELATIVE_LEAD = re.compile(r"^\s*(?:刚刚|在)?(?:(?P<last>去年|上一年|" + _SHANGNIAN + r")|过去的?一年|一年来)")
# the year just past said as such anywhere before a figure (一年来, 过去的一年): an item of January-March reviewing it
REVIEW_OPENING = re.compile(r"过去的?一年|(?<![十\d])一年来")
REVIEWS_HERE = re.compile(r"回顾|总结了|" + REVIEW_OPENING.pattern)   # a sentence that says it reviews (before its first name)
WHOLE_YEAR_DONE = re.compile(r"全年[^。;]{0,12}?(?:实现|完成|达到|达)")
THIS_YEAR = r"今年[^。;]{0,30}?(?:目标|计划|TARGET_WORDS)|(?:目标|预期)[^。;]{0,30}?今年"
PRELIMINARY = re.compile(r"预计|初步核算|初步统计|快报")
FINAL = re.compile(r"核实|统一核算|统计公报|最终核实|年报")
# a clause revising an earlier year's figure (2023年地区生产总值修订为X亿元): its year is that clause's alone
REVISED = re.compile(r"(?:修订|修正|核实|核定)为")
LED_BY = re.compile(r"(?:领导|支持|监督|指导|带领)下")
# a body named for the decisions its subordinates carry out (落实党中央、国务院决策部署): it directs, it is not
# what the sentence reports on
DIRECTS = re.compile(r"\s*的?(?:各项|重大|一系列)?(?:决策部署|部署|重要指示|指示|批示|精神|要求|号召|工作要求)")
# … also at the head of a list of such bodies (贯彻党中央、国务院,省委、省政府和市委的决策部署)
DIRECTS_IN_LIST = re.compile(r"(?:\s*[,,、和及与]\s*[\u4e00-\u9fff]{0,6}?(?:委|政府|中央|务院))+" + DIRECTS.pattern)
SHARED_LIST = re.compile(r"([\u4e00-\u9fff]{1,2})(、?)([\u4e00-\u9fff]{1,2})$")


@dataclass(frozen=True)
class Words:
    """The patterns built from the data's words (data/kind_words.csv, hedges.csv, region_levels.csv)."""
    target: re.Pattern             # a target word anywhere in the clause
    target_after: re.Pattern       # right after the number: a suffix hedge, then "的目标"
    outcome: re.Pattern
    derived: re.Pattern            # 高于预期目标 (before a number of percentage points)
    gap: re.Pattern                # 高于预期目标, 比目标低 (before any number): a gap against a target
    comparator: re.Pattern         # 超过全市…, 低于… before a name: a comparison, not the subject
    this_year_target: re.Pattern
    comparator_before: re.Pattern  # 占/比/较 (全区) just before a name: compared with, not the subject
    time_words: re.Pattern         # what may stand before a paragraph alias in its clause (全年, 全区 …)
    ratio_before: re.Pattern       # 占…的, 是全市…: a ratio, not the indicator
    review_heading: re.Pattern     # 2021年工作回顾, 2021年全区国民经济和社会发展计划执行情况
    review_start: re.Pattern       # … or a sentence that starts reviewing a year
    measured_against: re.Pattern   # 完成年计划, 未达预期, 高于: an outcome measured against the plan word after it
    announce: re.Pattern           # 报告提出, / 会议提出: : what a report or meeting proposes (before the first name)
    measured_after: re.Pattern     # right after a number, a target it is measured against (8%—8.5%,高于预期目标)
    aimed: re.Pattern              # an outcome word after a target word (力争实现, 确保完成): the aim, not an outcome
    announced_aims: re.Pattern     # a heading or sentence ending in the aims a report proposes (报告提出今年主要预期目标)


@lru_cache(maxsize=8)
def words_of(grammar) -> Words:
    """Words for a Grammar (etl.knowledge.words), built once per grammar."""
    alt = alternation
    district, city = grammar.whole_of.get("district", ""), grammar.whole_of.get("city", "")
    local = alt([w for w in (district, *grammar.own_words.get("district", ()), city) if w])
    compared = alt(grammar.above_words + grammar.below_words)
    # 2024年计划执行情况, 2024年浙江省国民经济和社会发展计划执行情况, 2018年…计划上半年执行情况, 2019年国民经济和社会发展执行情况,
    # 2012年和过去五年工作的回顾, 2012年及过去五年政府工作回顾, 2020年和“十三五”工作回顾, 2017年和本届政府工作回顾
    # (the year, and the term or the plan it ends), 2023年工作总结, 工作情况, 工作成效, 主要工作和成效 (not 主要工作
    # alone: 2024年主要工作 is a plan's tasks as often as a year's review)
    review_heading = (rf"(\d{{4}})年(?:{FIRST_HALF}|{PART_NAME})?(?:{alt([district] if district else [])}"
                      r"|(?!全)[\u4e00-\u9fff]{1,8}?[省市区县旗州盟])?" + f"(?:{SOCIETY})?"
                      r"(?:(?:和|及|暨)(?:(?:过去|近)?[一二三四五]年|“?\s*十[一二三四五]五\s*”?\s*(?:时期)?|本届))?"
                      r"(?:政府)?(?:计划(?:上半年)?执行情况|" + BUDGET + r"执行情况|(?:财政)?决算情况|(?:(?<=[月度])|(?<=半年))主要(?:经济)?指标|(?<=发展)执行情况|(?:主要)?工作的?回顾|工作总结|工作情况|(?:主要)?工作(?:和|及)?成效|\s*成绩单|\s*答卷)")
    # (按计划完成: done by plan) … or a directive putting the figure under a ceiling (把城镇登记失业率控制在4%以内): to be
    ceilings = alt([w for w in grammar.prefixes if grammar.bounds.get(w) == "ceiling" and len(w) > 1])
    return Words(re.compile(f"(?<!按)(?<!按照)(?:{alt(grammar.target_words)})(?!之外)|把[^,,。;;:!?]{{1,20}}?(?:{ceilings})"),
                 re.compile(rf"^\s*(?:{alt(grammar.suffixes)})?{TARGET_AFTER_WORDS}"),
                 re.compile(alt(grammar.outcome_words)),
                 # … or the gap said after the target (比全年预期目标高0.8个百分点)
                 re.compile(rf"({compared}){DERIVED_TAIL}|(?:比|较){TARGET_NAMED}({alt(GAP_ABOVE + GAP_BELOW)})出?了?\s*$"),
                 re.compile(f"(?:{compared}){DERIVED_TAIL}|{TARGET_GAP}"),
                 re.compile(f"(?:{compared})(?:{local})?\\s*$"),
                 re.compile(THIS_YEAR.replace("TARGET_WORDS", alt(grammar.target_words))),
                 # 是 of an enumeration (二是, 其次是) opens the item, after 的 it names what was said (提出的是…): it compares nothing
                 re.compile(rf"(?:占|与|同|较|比|快于|慢于|相当于|(?<![一二三四五六七八九十次先标务求划的])是)(?:{local})?\s*$"),
                 re.compile(rf"\s*(?:全年|{alt([district] if district else [])}|年内|当年|今年|去年|共|累计|全年共)?\s*"),
                 re.compile(rf"(?:的|占|为上年|是{alt([city] if city else [])}|相当于)\s*\(?\s*$"),
                 re.compile(review_heading),
                 re.compile(review_heading + r"|回顾(?:了)?(\d{4})年[^,。;:]{0,6}?(?:工作|发展)|过去一年|一年来"
                            r"|^\s*(?:回眸|盘点)(\d{4})年?\s*$|(?<=[一二三四五六七八九十]、)\s*(?:上半年|前三季度|一季度)(?:计划|预算)?执行情况\s*$"),
                 # … with a round amount between (跨过千亿目标, 实现百亿目标): the milestone an outcome passed
                 re.compile(f"(?:未达|未完成|未实现|完成|达到|实现|好于|快于|慢于|占|跨过|跨越|越过|迈过|{compared})"
                            rf"(?:[一二两三四五六七八九十百千万\d.]{{1,6}}(?:{alt(grammar.units)}))?"
                            r"(?:年|全年|年度)?(?:预期|预定|预算|计划|既定)?$"),
                 # 报告提出, / 明确了新一年的目标任务,
                 re.compile(rf"(?:{alt(grammar.announce_words)})了?(?:的?[是为])?(?:[^,,。;;]{{0,12}}?目标(?:任务)?)?\s*(?:[,,::]|(?=全[市县区省州旗盟年]|今年|明年|\d{{4}}年))"
                            if grammar.announce_words else r"(?!)"),
                 re.compile(rf"\s*[,,]?\s*(?:{compared}|好于|完成|达到|实现)了?{TARGET_NAMED}"),
                 re.compile(f"(?:{alt(grammar.target_words)})(?:{alt(grammar.outcome_words)})"),
                 re.compile(rf"(?:{alt(grammar.announce_words)})了?(?:(\d{{4}})年|今年|明年)(?:{SOCIETY})?的?主要(?:发展)?(?:预期)?"
                            r"目标\s*[::。]?\s*$" if grammar.announce_words else r"(?!)"))


def since_own_year(before: str) -> str:
    """The words before a figure from the last year they state as its own (确保一季度“开门红” 2017年,全州…增长11%:
    the part-year said before that year is not the figure's); a base year (比2016年) is no such year."""
    start = 0
    for m in YEAR.finditer(before):
        if not YEAR_BAD_BEFORE.search(before[max(0, m.start() - 3):m.start()]):
            start = m.start()
    return before[start:]


# the words before a part of the year that make it a comparison's base (比一季度加快); narrower than COMPARED_BASE,
# since 和 and 同 also join parts in a list (一季度和上半年分别增长…)
_COMPARED_WITH = ("比", "较", "与")


def part_year_of(before: str, only: bool = False) -> str | None:
    """The part-year named last in `before` (前三季度…;截至11月末,…: the months), None when none is; of two
    that end at the same place, the one PERIODS lists first (前三季度 before 三季度). With `only`, None when
    `before` names several parts (一季度大幅下滑,二季度站稳脚跟…: a year's course, not one part of it)."""
    if not PERIOD_CHARS.intersection(before):
        return None   # most clauses name no part-year: no pattern need be tried
    found: dict[tuple[int, int], str] = {}
    for rx, label in PERIODS:
        for m in rx.finditer(before):
            if not GOOD_START_AFTER.match(before, m.end()):   # 为一季度“开门红”: an aim, no period
                found.setdefault((m.start(), m.end()), label.format(*m.groups()) if m.groups() else label)
    kept = [(a, b) for a, b in found if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in found)
            and before[a - 1:a] not in _COMPARED_WITH]   # 比一季度加快: the base of a comparison, no period
    if not kept or (only and len({found[k] for k in kept}) > 1):
        return None
    return found[max(kept, key=lambda k: k[1])]


@lru_cache(maxsize=256)
def headline_part(title: str | None) -> str | None:
    """The one part of a year a short headline names (前11月X省经济运行…), read once per title; None for a
    sentence taken for the title (a stop or a percentage in it, or longer than a headline)."""
    return part_year_of(title, only=True) if title and len(title) <= 40 and not set("。%") & set(title) else None


def unnamed_prior(gap: str, after: str) -> bool:
    """The number between `gap` (由下降) and `after` (转为增长0.7%) is the state a rate changed from, with no year or part
    of its own: not a figure of the text's year."""
    return bool(re.search(r"(?:由|从)", gap)) and bool(CHANGED_TO.match(after)) and not _PRIOR_NAMED.search(gap)


def part_end(period: str | None) -> int | None:
    """The month a part of the year ends (Q1: 3, M1-M7: 7), None for a whole year or a span."""
    return PART_END.get(period or "") or (int(period[4:]) if period and period.startswith("M1-M") else None)


def plan_span(hi: int) -> tuple[int, int] | None:
    """The five-year plan that ends in `hi` (2025 -> 十四五 2021-2025)."""
    for lo_hi in FIVE_YEAR_PLANS.values():
        if lo_hi[1] == hi:
            return lo_hi
    return None


def plan_start(sent: str, heading: bool) -> re.Match | None:
    """Where a sentence opens the year's aims (2024年主要预期目标是:), or a heading of them that names no year
    (一、全省经济社会发展主要目标)."""
    if not ("目标" in sent or "计划" in sent or "指标" in sent or "展望" in sent):
        return None
    return PLAN_START.search(sent) or (PLAN_HEADING_NUMBERED.match(sent) if heading else None)
