package com.siyu.workbench.sandbox.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic Chinese people for the demo corp: member names with pinyin userids, customers' WeChat nicknames
 * (plain names, cute nicknames, emoji and latin ones), the remarks and descriptions reps write, and phones.
 */
public final class NameGenerator {
    private static final String[][] SURNAMES = {{"王", "Wang"}, {"李", "Li"}, {"张", "Zhang"}, {"刘", "Liu"},
        {"陈", "Chen"}, {"杨", "Yang"}, {"黄", "Huang"}, {"赵", "Zhao"}, {"吴", "Wu"}, {"周", "Zhou"}, {"徐", "Xu"},
        {"孙", "Sun"}, {"马", "Ma"}, {"朱", "Zhu"}, {"胡", "Hu"}, {"郭", "Guo"}, {"何", "He"}, {"林", "Lin"},
        {"高", "Gao"}, {"罗", "Luo"}, {"郑", "Zheng"}, {"梁", "Liang"}, {"谢", "Xie"}, {"宋", "Song"},
        {"唐", "Tang"}, {"韩", "Han"}, {"冯", "Feng"}, {"邓", "Deng"}, {"曹", "Cao"}, {"彭", "Peng"},
        {"曾", "Zeng"}, {"肖", "Xiao"}, {"田", "Tian"}, {"董", "Dong"}, {"潘", "Pan"}, {"袁", "Yuan"},
        {"蒋", "Jiang"}, {"蔡", "Cai"}, {"叶", "Ye"}, {"沈", "Shen"}, {"姚", "Yao"}, {"陆", "Lu"}};
    private static final String[][] GIVEN = {{"伟", "Wei"}, {"芳", "Fang"}, {"娜", "Na"}, {"敏", "Min"},
        {"静", "Jing"}, {"丽", "Li"}, {"强", "Qiang"}, {"磊", "Lei"}, {"洋", "Yang"}, {"艳", "Yan"}, {"勇", "Yong"},
        {"军", "Jun"}, {"杰", "Jie"}, {"娟", "Juan"}, {"涛", "Tao"}, {"明", "Ming"}, {"超", "Chao"}, {"霞", "Xia"},
        {"平", "Ping"}, {"英", "Ying"}, {"华", "Hua"}, {"玲", "Ling"}, {"婷", "Ting"}, {"雪", "Xue"}, {"琳", "Lin"},
        {"晨", "Chen"}, {"宇", "Yu"}, {"浩", "Hao"}, {"欣", "Xin"}, {"怡", "Yi"}, {"佳", "Jia"}, {"思", "Si"},
        {"雨", "Yu"}, {"梦", "Meng"}, {"子", "Zi"}, {"萱", "Xuan"}, {"睿", "Rui"}, {"晓", "Xiao"}, {"文", "Wen"},
        {"博", "Bo"}, {"嘉", "Jia"}, {"悦", "Yue"}, {"颖", "Ying"}, {"倩", "Qian"}, {"慧", "Hui"}, {"蕾", "Lei"}};
    private static final List<String> NICKNAMES = List.of("快乐的小鱼", "阳光明媚", "追梦人", "静待花开", "岁月静好",
            "一路向北", "小确幸", "半夏", "柠檬不萌", "奶茶续命", "慢慢来", "知足常乐", "向日葵", "蓝天白云", "木子",
            "糖糖妈妈", "乐乐妈", "豆豆妈咪", "晴天", "微笑向暖", "简单生活", "咖啡不加糖", "橙子", "小太阳", "思念成海",
            "云淡风轻", "暖暖", "格子衫", "星星点灯", "山有木兮");
    private static final List<String> EMOJI = List.of("🌸", "🍀", "☀️", "🌙", "🐱", "💕", "🌈", "🍓", "✨", "🌻");
    private static final List<String> LATIN = List.of("Amy", "Lily", "Coco", "Jason", "Kevin", "Vivian", "Cindy",
            "Tony", "Grace", "Sunny", "Echo", "Luna", "Mia", "Leo", "Yuki", "Annie", "Bella", "Eric");
    private static final List<String> HONORIFICS = List.of("姐", "先生", "女士", "阿姨", "哥", "太太", "小姐", "老师");
    private static final List<String> REMARK_NOTES = List.of("老客", "奶粉", "会员", "复购", "新客", "意向", "VIP",
            "宝妈", "过敏肌", "团购", "面霜", "到店", "直播", "包裹卡");
    private static final List<String> DESCRIPTIONS = List.of("宝宝8个月，喝一段奶粉", "敏感肌，关注面霜和精华",
            "住在附近小区，周末常到店", "老客户，每月固定复购", "生日在5月，喜欢会员日活动", "想给父母买保健品",
            "二胎妈妈，关注纸尿裤优惠", "直播间下过两单，偏爱套装", "对价格敏感，等大促再买", "朋友推荐来的，先加着了解",
            "上次咨询童装尺码，还没下单", "公司团购对接人");

    private final SplittableRandom random;

    public NameGenerator(SplittableRandom random) {
        this.random = random;
    }

    /** A person's name and the pinyin form used for userids, e.g. {@code {"王芳","WangFang"}}. */
    public String[] personName() {
        String[] surname = pick(SURNAMES);
        String[] first = pick(GIVEN);
        if (random.nextInt(3) == 0) {
            return new String[] {surname[0] + first[0], surname[1] + first[1]};
        }
        String[] second = pick(GIVEN);
        return new String[] {surname[0] + first[0] + second[0], surname[1] + first[1] + second[1]};
    }

    /** A WeChat nickname as customers really have them. */
    public String nickname() {
        int kind = random.nextInt(100);
        if (kind < 40) {
            return personName()[0];
        }
        if (kind < 60) {
            return pick(NICKNAMES);
        }
        if (kind < 75) {
            String emoji = pick(EMOJI);
            return random.nextBoolean() ? emoji + pick(NICKNAMES) : pick(NICKNAMES) + emoji;
        }
        if (kind < 90) {
            String latin = pick(LATIN);
            return switch (random.nextInt(3)) {
                case 0 -> latin;
                case 1 -> latin + pick(SURNAMES)[0];
                default -> latin + "_" + pick(SURNAMES)[1];
            };
        }
        return "A-" + pick(SURNAMES)[0] + pick(HONORIFICS);
    }

    /** What a rep types as remark (≤20 chars), or "" (most customers have one, not all). */
    public String remark() {
        if (random.nextInt(10) < 3) {
            return "";
        }
        String person = pick(SURNAMES)[0] + pick(HONORIFICS);
        return switch (random.nextInt(3)) {
            case 0 -> person + "-" + pick(REMARK_NOTES);
            case 1 -> person + " " + pick(REMARK_NOTES);
            default -> person;
        };
    }

    public String description() {
        return random.nextBoolean() ? "" : pick(DESCRIPTIONS);
    }

    /** A plausible mainland mobile number. */
    public String mobile() {
        String[] prefixes = {"138", "139", "137", "135", "150", "151", "158", "159", "186", "187", "188", "177"};
        String prefix = pick(prefixes);
        return prefix + Integer.toString(100_000_000 + random.nextInt(100_000_000)).substring(1);
    }

    /** 0, 1 or 2 remark mobiles. */
    public List<String> remarkMobiles() {
        int roll = random.nextInt(10);
        if (roll < 3) {
            return List.of();
        }
        return roll == 9 ? List.of(mobile(), mobile()) : List.of(mobile());
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
