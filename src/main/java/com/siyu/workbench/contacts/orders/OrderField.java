package com.siyu.workbench.contacts.orders;

import java.util.List;
import java.util.Locale;

/**
 * The columns an order import understands. Order id, time and amount are required; the buyer keys (UnionID, phone,
 * the order id the customer gave their guide, nickname — the four matching keys of domain rule 7) are optional, and
 * an order without any of them is imported and stays unmatched. Header synonyms cover common shop and platform
 * exports (有赞, 微盟, 淘宝, 抖店, 京东, 小程序商城).
 */
public enum OrderField {
    ORDER_ID(true, "订单号", "订单编号", "订单id", "订单ID", "主订单编号", "order id", "order_id", "orderid", "order no"),
    ORDERED_AT(true, "下单时间", "订单创建时间", "创建时间", "付款时间", "支付时间", "成交时间", "订单时间", "order time",
            "ordered_at", "created_at", "date"),
    AMOUNT(true, "实付金额", "订单金额", "实收金额", "支付金额", "买家实付", "金额", "应付金额", "amount", "total", "paid"),
    ITEMS(false, "商品", "商品名称", "商品信息", "宝贝标题", "商品标题", "items", "product", "products"),
    UNIONID(false, "unionid", "union id", "union_id", "微信unionid"),
    PHONE(false, "手机号", "手机", "手机号码", "收货人手机", "收货人手机号", "联系电话", "买家手机", "phone", "mobile"),
    CUSTOMER_ORDER_ID(false, "客户提供的订单号", "平台订单号", "外部订单号", "第三方订单号", "customer order id", "platform order id"),
    NICKNAME(false, "买家昵称", "昵称", "微信昵称", "会员昵称", "用户昵称", "nickname", "buyer nick", "buyer");

    private final boolean required;
    private final List<String> synonyms;

    OrderField(boolean required, String... synonyms) {
        this.required = required;
        this.synonyms = List.of(synonyms);
    }

    public boolean required() {
        return required;
    }

    /** The i18n key of the field's name ({@code contacts.orders.field.orderId}…). */
    public String labelKey() {
        String[] parts = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder camel = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            camel.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return "contacts.orders.field." + camel;
    }

    /** How well {@code header} names this field: 2 exact synonym, 1 contains one, 0 not at all. */
    int score(String header) {
        String h = normalise(header);
        int best = 0;
        for (String synonym : synonyms) {
            String s = normalise(synonym);
            if (h.equals(s)) {
                return 2;
            }
            if (s.length() >= 2 && h.contains(s)) {
                best = 1;
            }
        }
        return best;
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_（）()]", "");
    }
}
