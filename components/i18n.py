"""UI words in Chinese and English. Indicator names come from the catalogue, not from here."""

from __future__ import annotations

from components.review_words import review_reason  # noqa: F401 (the reasons' words live there; named here too)
from components.vocabulary import current as vocabulary
from components.words_tools import WORDS_TOOLS

LANGS = ("zh", "en")

WORDS = {
    "app_title": ("{home}目标与完成情况", "{home_en} Targets"),
    "tagline": ("{region}政府年度报告中的预期目标与完成情况,每个数字可追溯到原文", "What {region_en} planned and achieved, each number traced to its sentence"),
    "overview": ("总览", "Overview"),
    "indicator": ("指标", "Indicator"),
    "year": ("年度", "Year"),
    "sources": ("来源", "Sources"),
    "data": ("数据", "Data"),
    "review": ("待核", "Review"),
    "cascade_title": ("{year}年{indicator}:目标的层层传导", "{indicator} {year}: targets down the cascade"),
    "cascade_sub": ("目标按含义绘制:区间为带,“左右”含容差,“以上”▲,“以内”▼;圆点为完成数,颜色为判定",
                    "Targets by meaning: range a band, 'about' its tolerance, floor ▲, ceiling ▼; dots: outcomes, coloured by verdict"),
    "cascade_missing": ("无数据", "no figures"),
    "amplification_title": ("{indicator}:目标逐级加码", "{indicator}: how targets are raised down the cascade"),
    "amplification_sub": ("各级目标减去{place}目标(百分点);区间取中值,文字目标不计,缺年断开",
                          "Each level's target minus {place}'s, in percentage points; a range at its middle, targets in words left out, lines break at missing years"),
    "amplification_none": ("只有一级政府有该指标的数字目标,无法比较", "Only one level has numeric targets for this indicator: nothing to compare"),
    "top_target_panel": ("{place}目标(按含义)", "{place}'s target, by its meaning"),
    "pp_above": ("高于{place}(百分点)", "pp above {place}"),
    "peers_title": ("{year}年{indicator}:各区目标与完成", "{indicator} {year}: the districts' targets and outcomes"),
    "peers_sub": ("目标 → 完成,按差距排序,差距最大者在上", "Target → outcome, sorted by gap, the largest shortfall on top"),
    "peers_missing": ("另有{n}个区缺目标或完成数", "{n} more districts without both figures"),
    "peers_none": ("{year}年没有同时有目标和完成数的区", "No district has both a target and an outcome for {year}"),
    "records_title": ("各级完成记录", "Each level's record"),
    "league_title": ("各区完成情况排行", "The districts' league table"),
    "achieved_rate": ("达成率", "attainment rate"),
    "cascade_alt": ("该年地区生产总值增速目标:国家、省、市、区各级目标(按含义绘制)及完成数", "The year's GDP growth targets of the nation, the province, the city and the district, drawn by meaning, with outcomes"),
    "amplification_alt": ("各级目标高于国家目标的百分点,逐年", "How many percentage points each level's target sits above the nation's, year by year"),
    "league_silent": ("尚无该指标目标数据的区", "No target on record yet"),
    "years_judged": ("判定年数", "years judged"),
    "years_with_target": ("有目标的年份", "years with a target"),
    "place": ("地区", "place"),
    "cascade_intro": ("国家、省、市、区各自在政府工作报告中提出增长目标。本页把同一年的各级目标与完成数并列,计算区目标比国家目标高出多少,并统计每一级完成目标的次数;下方把同一城市的各区并列比较。点击任一点查看原文和来源。",
                      "Each level of government states its growth target in its work report. This page sets one year's targets and outcomes side by side, measures how far the district's target sits above the nation's, and counts how often each level met its own; below, the districts of the same city side by side. Click any point for its quote and source."),
    "cascade_defs": ("定义:区间目标取中值;“不设具体目标”等文字目标不计入加码和判定;达成率 = (完成 + 超额) / 已判定年数。",
                     "Definitions: a range counts at its middle; a target in words (no numeric target) is left out of the amplification and of the verdicts; attainment rate = (met + exceeded) / years judged."),
    "pick_year": ("年份", "Year"),
    "cascade_download": ("下载各级与各区的目标、完成及来源", "Download every level's and district's targets, outcomes and sources"),
    "pick_indicator": ("指标", "Indicator"),
    "pack_busy": ("已有{n}份简报正在生成,请稍后再试", "{n} packs are being made already; try again in a minute"),
    "cover_title": ("{region}{year}年预期目标与完成情况", "{region_en} {year}: targets and outcomes"),
    "review_title": ("待核数字", "Figures waiting for review"),
    "review_intro": ("以下数字的年份、目标/完成或所属辖区是从较弱的上下文推断的,未进入图表、记分卡和导出。核对后在 data/corrections.csv 中确认、驳回或更正(填写核对键、理由、核对人和日期),重新构建即生效。",
                     "The year, the kind (target or outcome) or the district of these figures was inferred from weak context, so they are kept out of charts, scorecards and exports. Confirm, reject or fix each with a row in data/corrections.csv (its key, a reason, who and when) and rebuild."),
    "review_backlog": ("待核数字:{n} 个", "Figures waiting for review: {n}"),
    "review_empty": ("没有待核数字。", "No figure is waiting for review."),
    "why": ("原因", "Why"),
    "key": ("核对键", "Key"),
    "region_unknown": ("辖区未知", "region unknown"),
    "switch_lang": ("English", "中文"),
    "target": ("目标", "Target"),
    "outcome": ("完成", "Outcome"),
    "status": ("状态", "Status"),
    "gap": ("差距", "Gap"),
    "exceeded": ("超额完成", "exceeded"),
    "met": ("完成", "met"),
    "missed": ("未完成", "missed"),
    "no target": ("无目标", "no target"),
    "no data": ("无数据", "no data"),
    "no_data_cell": ("既无目标也无完成数", "neither a target nor an outcome on record"),
    "no outcome": ("暂无完成数", "no outcome"),
    "not assessed": ("无法评估", "not assessed"),
    "preliminary": ("初步", "preliminary"),
    "final": ("最终", "final"),
    "comparable": ("可比口径", "comparable basis"),
    "outcome_final": ("完成(最终)", "outcome (final)"),
    "outcome_prelim": ("完成(初步)", "outcome (preliminary)"),
    "outcome_line": ("完成数", "outcome"),
    "other_statements": ("其他来源的说法", "other statements"),
    "conflict": ("来源不一致", "sources disagree"),
    "revised": ("已修订", "revised"),
    "target_exact": ("目标", "target"),
    "target_range": ("目标区间", "target range"),
    "target_about": ("目标(左右)", "target (about)"),
    "target_floor": ("目标下限(以上)", "target floor (at least)"),
    "target_ceiling": ("目标上限(以内)", "target ceiling (at most)"),
    "target_qualitative": ("定性目标", "qualitative target"),
    "gap_pp": ("差距(百分点)", "gap (percentage points)"),
    "rates_panel": ("增速与比率", "Rates"),
    "levels_panel": ("总量(目标 = 100)", "Levels (target = 100)"),
    "pct_of_target": ("占目标 %", "% of target"),
    "gap_pct": ("差距(占目标%)", "gap (% of target)"),
    "source_line": ("资料来源:{region}政府工作报告、计划执行情况报告等;整理:{home}目标与完成情况", "Source: {region_en} government work reports and plan reports; compiled by {home_en} Targets"),
    "scorecard": ("目标完成情况一览", "Attainment scorecard"),
    "scorecard_sub": ("颜色和符号表示完成状态,格内为差距(增速类为百分点,总量类为占目标%)",
                      "Colour and mark show the status; the cell, the gap (pp for rates, % of target for levels)"),
    "scorecard_hint": ("点击格子查看该指标。", "Click a cell to open the indicator."),
    "latest_year": ("最新年度", "Latest year"),
    "choose_indicators": ("选择指标(可搜索、可多选)", "Choose indicators (searchable, several)"),
    "years": ("年份范围", "Years"),
    "measure": ("口径", "Measure"),
    "level": ("总量", "level"),
    "growth": ("增速", "growth"),
    "click_point": ("点击图中的点,查看原文句子和其他来源。", "Click a point to see its sentence and other sources."),
    "quote": ("原文", "Quote"),
    "document": ("文件", "Document"),
    "doc_type": ("类型", "Type"),
    "date": ("日期", "Date"),
    "date_not_stated": ("未注明日期", "date not stated"),
    "reviews": ("回顾年度", "Reviews"),
    "plans": ("计划年度", "Plans"),
    "other_sources": ("同一数字的其他来源", "Other sources of this figure"),
    "disagreeing": ("不同的数字", "Disagreeing figures"),
    "method": ("方式", "Method"),
    "n_figures": ("提取数字", "Figures"),
    "open_reader": ("阅读全文", "Read the document"),
    "reports_of_year": ("该年度的报告", "Reports for this year"),
    "targets_of_year": ("{year}年目标与完成情况", "Targets and outcomes for {year}"),
    "dumbbell_none": ("{year}年尚无可与目标比较的完成数", "No outcome for {year} can be set against its target yet"),
    "dumbbell_sub": ("目标 → 完成;增速类以百分点计,总量类以目标为100", "Target → outcome; rates in percentage points, levels as % of target (target = 100)"),
    "download_csv": ("下载CSV", "Download CSV"),
    "download_xlsx": ("下载Excel", "Download XLSX"),
    "dictionary": ("数据字典", "Data dictionary"),
    "columns": ("字段", "Columns"),
    "indicators_catalogue": ("指标目录", "Indicator catalogue"),
    "no_db_title": ("还没有数据库", "No database yet"),
    "no_db_body": ("请先构建数据库:", "Build it first:"),
    "unknown": ("无法识别的参数", "Not understood"),
    "not_found": ("页面不存在", "Page not found"),
    "doc_not_found": ("文件不存在", "No such document"),
    "rule": ("判定规则", "Rule"),
    "value": ("数值", "Value"),
    "unit": ("单位", "Unit"),
    "hedge": ("限定词", "Hedge"),
    "kind": ("类别", "Kind"),
    "actual": ("完成", "actual"),
    "period": ("期间", "Period"),
    "text": ("原文提取", "from text"),
    "derived": ("推算", "derived"),
    "curated": ("人工整理", "curated"),
    "all_documents": ("全部文件", "All documents"),
    "duplicate_of": ("重复,同", "duplicate of"),
    "pct": ("%", "%"),
    "export": ("导出", "Export"),
    "region": ("辖区", "District"),
    "compare_regions": ("与其他辖区比较", "Compare with other districts"),
    "no_figures_here": ("数据库中还没有{region}的报告:此处没有它的数字。层级页列出其上级和同级地区的目标;把它的报告放入 data/raw/ 后重新构建即可。",
                        "No report of {region_en} is in the database yet, so it has no figures here. The Cascade page "
                        "shows the targets of the places above and beside it; add its reports to data/raw/ and rebuild."),
    "dropdown_select_all": ("全选", "Select all"), "dropdown_deselect_all": ("全不选", "Deselect all"),
    "dropdown_selected_count": ("已选 {{num_selected}} 项", "{{num_selected}} selected"),   # {num_selected}: the dropdown fills it
    "dropdown_search": ("搜索", "Search"), "dropdown_clear_search": ("清除搜索", "Clear search"),
    "dropdown_clear_selection": ("清除所选", "Clear selection"), "dropdown_no_options_found": ("没有找到", "No options found"),
    "find_place": ("输入地名查找(如 雁塔,也可输入拼音)", "Type a place (e.g. Yanta)"),
    "compare_title": ("{name}:各辖区比较", "{name}: districts compared"),
    "compare_sub": ("颜色区分地区,形状表示目标的含义,缺年处断线", "colour: place; shape: what a target means; lines break at missing years"),
    "compare_no_data": ("{years}年无数据:{places}", "No figures for {years}: {places}"),
    "compare_word_targets": ("文字表述的目标(未画出):{items}", "Targets in words (not drawn): {items}"),
    "sources_label": ("资料来源", "Sources"),
    "sources_below": ("资料来源:见图下方", "Sources: listed below the chart"),
    "compare_key": ("图例", "Key"),
    "more_documents": ("等{n}份", "and {n} more"),
    "briefing_pack": ("简报包", "Briefing pack"),
    "pack_hint": ("封面、完成情况一览、各指标图、目标与完成表、来源页", "Cover, scorecard, each indicator's chart, the table of targets and outcomes, sources"),
    "pack_ready": ("已生成:{name}", "Ready: {name}"),
    "pack_failed": ("生成失败:{error}", "Failed: {error}"),
    "no_figures": ("没有符合条件的数字。", "No figures match."),
    "other_unit_note": ("{years}年按{unit}表述,绘于右轴(无汇率数据,未换算)",
                        "{years}: stated in {unit}, drawn on the right axis (not converted: no exchange rate)"),
    "needed_growth": ("距{year}年目标({target})需自{base_year}年起年均增长{rate}%",
                      "{rate}% a year from {base_year} is needed to reach the {year} target ({target})"),
    "stretch": ("力争目标", "stretch goal"),
    "lost_basis_of_target": ("未采用:与目标口径不同", "not used: another basis than the target's"),
    "lost_reported_basis": ("未采用:优先公布口径", "not used: the reported basis comes first"),
    "lost_numeric": ("未采用:优先有数值的表述", "not used: a statement with a number comes first"),
    "lost_final": ("未采用:最终数优先于初步数", "not used: a final figure comes before a preliminary one"),
    "lost_tier": ("未采用:来源等级较低(官方 > 媒体 > 转载)", "not used: a lower source tier (official > press > reprint)"),
    "lost_exact": ("未采用:确数优先于带限定词的数", "not used: an exact figure comes before a hedged one"),
    "lost_later_report": ("未采用:较新的报告优先", "not used: a later report comes first"),
    "lost_decimals": ("未采用:更精确的数优先", "not used: the more precise figure comes first"),
    "lost_order": ("未采用", "not used"),
    "used": ("判定采用此数", "used for the verdict"),
    "tier_official": ("官方", "official"), "tier_press": ("媒体", "press"), "tier_reprint": ("转载", "reprint"),
    "tier_unknown": ("来源未知", "unknown source"),
    "web_sources": ("网页来源(人工整理)", "Web sources (curated)"),
    "web_source": ("网页", "web page"),
    "part_page": ("页码", "page"), "part_paragraph": ("段落", "paragraph"),
    "as_chosen": ("按所选指标", "as chosen"),
    "original": ("原件", "original"), "original_page": ("打开PDF原件第{page}页", "open the original PDF at page {page}"),
    "series_note": ("指标说明:", "About this series: "),
    "targets_and_outcomes": ("目标与完成情况", "Targets and outcomes"),
    "scorecard_alt": ("完成情况一览:各指标逐年判定(完成、超额完成、未完成、无目标)",
                      "Scorecard: each indicator's verdict by year (met, exceeded, missed, no target)"),
    "not_on_chart": ("{years}年按{unit}表述,未画入本图", "{years}: stated in {unit}, not on this chart"),
    "plan_targets_ending": ("本年到期的五年规划目标", "Five-year plan targets ending this year"),
    "targets_vs_outcomes": ("目标与完成对照表:", "Targets against outcomes:"),
    "tier": ("来源等级", "tier"),
    "figures_given": ("所给数字", "figures it gave"),
    "pp_unit": ("个百分点", " pp"), "pp": ("百分点", "pp"),   # pp: a gap's unit in a cell
    "stretch_note": ("力争目标与另一目标并列:下限之外的更高目标,不是冲突", "a stretch goal beside the plan's floor, not a conflict"),
    "outcome_words": ("完成情况(文字表述)", "outcome stated in words"),
    "part_year_note": ("另有{n}个季度/半年数字未画出", "{n} part-year figures not drawn"),
    **WORDS_TOOLS,   # the chart tools' words (issue 24)
}

# AG Grid's own words in Chinese mode (its localeText): pagination, filters, menus.
AG_GRID_ZH = {
    "page": "页", "of": "/", "to": "至", "more": "更多", "next": "下一页", "previous": "上一页", "first": "首页",
    "last": "末页", "pageSizeSelectorLabel": "每页行数:", "firstPage": "首页", "lastPage": "末页",
    "nextPage": "下一页", "previousPage": "上一页", "loadingOoo": "加载中…", "noRowsToShow": "没有数据",
    "filterOoo": "筛选…", "equals": "等于", "notEqual": "不等于", "blank": "为空", "notBlank": "不为空",
    "lessThan": "小于", "greaterThan": "大于", "lessThanOrEqual": "小于等于", "greaterThanOrEqual": "大于等于",
    "inRange": "介于", "inRangeStart": "从", "inRangeEnd": "到", "contains": "包含", "notContains": "不包含",
    "startsWith": "开头是", "endsWith": "结尾是", "andCondition": "并且", "orCondition": "或者",
    "applyFilter": "应用", "resetFilter": "重置", "clearFilter": "清除", "cancelFilter": "取消",
    "selectAll": "全选", "searchOoo": "搜索…", "sortAscending": "升序", "sortDescending": "降序",
    "columns": "列", "filters": "筛选", "pinColumn": "固定列", "autosizeThiscolumn": "自动调整此列宽度",
    "autosizeAllColumns": "自动调整所有列宽度", "resetColumns": "重置列",
}


# The attainment rules in words (components/rules.py chooses and fills them).
VERDICT_ZH = {"met": "完成", "exceeded": "超额完成", "missed": "未完成"}

# {tol}: the tolerance with its unit; {better}/{worse}: 高于/低于 (higher/lower) by the direction
RULE_SENTENCES = {
    "exact": ("确定值:等于目标为完成,{better}目标为超额完成,{worse}目标为未完成",
              "exact: met at the target, exceeded {better_en} it, missed {worse_en} it"),
    "range": ("区间:区间内为完成,{better}区间为超额完成,{worse}区间为未完成",
              "range: met inside it, exceeded {better_en} it, missed {worse_en} it"),
    "about": ("“左右”:目标±{tol}以内为完成,{better}更多为超额完成,{worse}更多为未完成",
              "about: met within ±{tol} of the target, exceeded further {better_en}, missed further {worse_en}"),
    "floor": ("下限(以上、突破、力争):{worse}目标为未完成,{better}目标{tol}以内为完成,{better}{tol}以上为超额完成",
              "floor (at least, over, striving for): missed {worse_en} the target, met up to {tol} {better_en} it, "
              "exceeded more than {tol} {better_en} it"),
    "ceiling": ("上限(以内、以下):不超过目标为完成,超过为未完成,不设超额完成",
                "ceiling (at most): met at or below the target, missed above it, never exceeded"),
    "qualitative": ("定性目标:用文字表述,不作数值判定", "stated in words: not judged against a number"),
}
RULE_LOWER_IS_BETTER = ("(越低越好)", " (lower is better)")
# the bases a verdict compares (observations.basis): named, and said to differ when they do
RULE_BASIS = {"comparable": ("可比口径", "the comparable basis"), "reported": ("公布口径", "the reported basis")}
RULE_SAME_BASIS = ("目标与完成数均按{basis}", "target and outcome both on {basis}")
RULE_BASES_DIFFER = ("目标按{target}、完成数按{outcome}:两者口径不同", "target on {target}, outcome on {outcome}: the bases differ")
RULE_OUTCOME_BASIS = ("完成数按{outcome}", "outcome on {outcome}")
# etl/store/schema.sql: a 负增长 outcome misses a target of growth >= 0 where higher is better
RULE_QUALITATIVE_OUTCOME = ("完成数为文字表述时:“负增长”对不低于0的增长目标判为未完成,其余不作判定",
                        "an outcome stated in words: a decline misses a growth target of 0 or more; "
                        "others are not judged")


COLUMNS = {
    "indicator": ("指标代码", "indicator"), "name_zh": ("中文名", "name (zh)"), "name_en": ("英文名", "name (en)"),
    "year": ("年份", "year"), "period": ("期间", "period"), "kind": ("类别", "kind"), "value": ("数值", "value"),
    "value_high": ("区间上限", "value high"), "unit": ("单位", "unit"), "qualifier": ("限定词", "qualifier"),
    "status": ("口径(初步/最终)", "status"), "basis": ("可比口径", "basis"), "method": ("来源方式", "method"),
    "agreement": ("来源一致性", "agreement"), "n_sources": ("来源数", "sources"), "quote": ("原文", "quote"),
    "doc_id": ("文件编号", "document"), "char_start": ("起始位置", "char start"), "char_end": ("结束位置", "char end"),
    "doc_title": ("文件标题", "document title"), "source_url": ("网址", "source URL"),
    "source_title": ("来源标题", "source title"), "source_tier": ("来源等级", "source tier"),
    "report_year": ("报告年份", "report year"), "used_for_attainment": ("用于判定", "used for the verdict"), "rule": ("提取规则", "rule"), "obs_id": ("编号", "id"),
    # the downloads' tables (targets against outcomes, the cascade, their sources and notes sheets)
    "region": ("地区", "region"), "place": ("地区", "place"), "place_en": ("地区(英文)", "place (en)"),
    "level": ("层级", "level"), "group": ("分组", "group"), "name": ("指标名称", "name"),
    "target": ("目标", "target"), "target_value": ("目标数值", "target value"),
    "target_value_high": ("目标区间上限", "target value high"), "target_unit": ("目标单位", "target unit"),
    "hedge": ("目标限定词", "hedge"), "target_point": ("目标点值", "target point"),
    "outcome": ("完成", "outcome"), "outcome_value": ("完成数值", "outcome value"), "outcome_unit": ("完成单位", "outcome unit"),
    "outcome_status": ("完成数口径(初步/最终)", "outcome status"), "outcome_basis": ("完成数可比口径", "outcome basis"),
    "outcome_tier": ("完成数来源等级", "outcome source tier"), "gap": ("差距", "gap"), "gap_pct": ("差距占目标%", "gap % of target"),
    "verdict": ("判定", "verdict"), "amplification_pp": ("高于最高层级目标(百分点)", "amplification (pp)"),
    "target_source": ("目标来源", "target source"), "target_url": ("目标来源网址", "target source URL"),
    "target_quote": ("目标原文", "target quote"), "outcome_source": ("完成数来源", "outcome source"),
    "outcome_url": ("完成数来源网址", "outcome source URL"), "outcome_quote": ("完成数原文", "outcome quote"),
    "source": ("来源", "source"), "rows": ("引用行数", "rows"),
    "column": ("列名", "column"), "label": ("列标题", "label"), "description": ("说明", "description"),
    "sheet": ("工作表", "sheet"),
}
# a column whose meaning differs in one table (the verdict's rule, not the extraction rule)
TABLE_COLUMNS = {"targets_vs_outcomes": {"rule": ("判定规则", "rule of the verdict")}}
SHEETS = {"observations": "数据", "targets_vs_outcomes": "目标与完成", "cascade": "层级传导", "sources": "来源",
          "notes": "说明"}

# Hedge words, qualitative phrases, units, document types and places are labelled in data/; the app
# reads those labels from its database (components/vocabulary.py).


def lang_of(value) -> str:
    """A language from anywhere (URL, browser state): one of LANGS, else Chinese."""
    return value if isinstance(value, str) and value in LANGS else "zh"


def place_names(region: str | None = None) -> dict[str, str]:
    """The names a label may hold, from data/regions.csv: {home} (the product's home district, short),
    {home_en}, {region} and {region_en} (the region shown; the home district when none is given)."""
    regions = vocabulary().places
    if not regions.rows:   # no database yet: no place to name
        return {"home": "", "home_en": "", "region": region or "", "region_en": region or ""}
    home = regions.home
    shown = regions.by_name(region) or (home if region is None else None)
    name = shown.name_zh if shown else region
    en = shown.name_en if shown else region
    if shown and shown.level == "district" and not en.endswith(("District", "Zone")):
        en += " District"
    return {"home": home.short_zh or home.name_zh, "home_en": home.name_en, "region": name, "region_en": en}


def place_label(name: str, lang: str) -> str:
    """A place as written for people: its Chinese name, or in English its name from data/regions.csv."""
    return name if lang == "zh" else vocabulary().places.name_en(name)


def t(key: str, lang: str, region: str | None = None, **fmt) -> str:
    zh, en = WORDS[key]
    text = zh if lang == "zh" else en
    if "{" not in text:
        return text
    return text.format(**(place_names(region) | fmt))


def unit_label(unit: str | None, lang: str) -> str:
    if not unit:
        return ""
    zh, en = vocabulary().units.get(unit, (unit, unit))
    return zh if lang == "zh" else en


def level_label(level: str | None, lang: str) -> str:
    """A level of government (nation, province, city, district) named for people (data/region_levels.csv)."""
    zh, en = vocabulary().levels.get(level or "district", (level, level))
    return zh if lang == "zh" else en


def doc_type_label(doc_type: str | None, lang: str) -> str:
    zh, en = vocabulary().doc_types.get(doc_type or "other", (doc_type, doc_type))
    return zh if lang == "zh" else en


def name_of(row, lang: str) -> str:
    """Indicator name from a catalogue row (dict or Series)."""
    return row["name_zh"] if lang == "zh" else row["name_en"]


def column_label(column: str, lang: str, table: str | None = None) -> str:
    zh, en = TABLE_COLUMNS.get(table or "", {}).get(column) or COLUMNS.get(column, (column, column))
    return zh if lang == "zh" else en


def sheet_label(sheet: str, lang: str) -> str:
    """A download's sheet name: Chinese in Chinese, the table's name in English."""
    return SHEETS.get(sheet, sheet) if lang == "zh" else sheet


def qualifier_label(qualifier: str | None, lang: str) -> str:
    if not qualifier:
        return ""
    if lang == "zh":
        return qualifier
    return vocabulary().hedges.get(qualifier, qualifier)


def is_prefix_hedge(qualifier: str) -> bool:
    """突破60亿元 but 60亿元以上: where the hedge word stands is data (data/hedges.csv)."""
    return qualifier in vocabulary().prefixes
