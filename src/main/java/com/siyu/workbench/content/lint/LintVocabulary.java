package com.siyu.workbench.content.lint;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists the linter checks against. {@link #defaults()} is what ships; an admin's edits replace a list as a
 * whole (stored in the database, see {@code LintListRepository}).
 *
 * <p>Decisions behind the shipped Advertising-Law list: 最 followed by a letter is a claim (最好, 最佳, 最低价) unless
 * it only orders things in time or sequence — 最近, 最后, 最初, 最终, 最早, 最晚, 最迟 are allowed. 最新 is allowed only as
 * 最新款 / 最新到店 / 最新上架: the 2023 enforcement guideline (《广告绝对化用语执法指南》) treats describing a brand's
 * own model sequence as no claim, while "最新技术" still is. 第一 is allowed where it counts occasions (第一次, 第一天,
 * 第一步, 第一时间, 第一个, 第一周), not ranks.
 */
public record LintVocabulary(Map<LintList, List<String>> lists) {
    private static final Map<LintList, List<String>> DEFAULTS = new EnumMap<>(LintList.class);

    static {
        DEFAULTS.put(LintList.AD_LAW, List.of("最?", "第一", "唯一", "国家级", "世界级", "国际级", "顶级", "顶尖", "极致",
                "极品", "100%", "百分百", "百分之百", "绝对", "万能", "根治", "特效", "首选", "独家", "史无前例", "无敌",
                "王牌", "销量冠军", "全网最低", "永久", "无副作用", "零风险", "包治", "神效", "秘方", "全球首发", "首家"));
        DEFAULTS.put(LintList.AD_LAW_ALLOWED, List.of("最近", "最后", "最初", "最终", "最早", "最晚", "最迟", "最新款",
                "最新到店", "最新上架", "第一次", "第一天", "第一步", "第一时间", "第一个", "第一周"));
        DEFAULTS.put(LintList.SENSITIVE, List.of("刷单", "好评返现", "返现", "套现", "博彩", "赌博", "代开发票", "高利贷",
                "裸贷", "私下转账", "加我微信", "加个人微信", "个人微信号", "保本", "稳赚", "政府指定"));
        DEFAULTS.put(LintList.HARD_SELL, List.of("限时抢购", "速来", "速抢", "快抢", "手慢无", "错过再等一年", "错过今天",
                "不买后悔", "跳楼价", "清仓甩卖", "亏本", "血亏", "抢疯了", "最后机会", "马上下单", "立即下单", "赶紧下单",
                "赶快下单", "倒计时"));
    }

    public LintVocabulary {
        Map<LintList, List<String>> copy = new EnumMap<>(LintList.class);
        for (LintList list : LintList.values()) {
            List<String> words = lists.getOrDefault(list, DEFAULTS.get(list));
            copy.put(list, words.stream().map(String::strip).filter(w -> !w.isEmpty()).distinct().toList());
        }
        lists = Map.copyOf(copy);
    }

    public static LintVocabulary defaults() {
        return new LintVocabulary(DEFAULTS);
    }

    public static List<String> defaultWords(LintList list) {
        return DEFAULTS.get(list);
    }

    public List<String> words(LintList list) {
        return lists.get(list);
    }

    public LintVocabulary with(LintList list, List<String> words) {
        Map<LintList, List<String>> copy = new EnumMap<>(lists);
        copy.put(list, words);
        return new LintVocabulary(copy);
    }
}
