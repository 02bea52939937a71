package com.siyu.workbench.sandbox.data;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * WeCom-shaped ids ({@code wm…}, {@code et…}, {@code wr…}, {@code msg…}, 32-hex config ids), each kind drawn from its
 * own stream seeded from the dataset seed, so the same seed and the same sequence of writes give the same ids.
 */
public final class IdFactory {
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HEX = "0123456789abcdef";

    private final long seed;
    private final Map<String, SplittableRandom> streams = new HashMap<>();

    public IdFactory(long seed) {
        this.seed = seed;
    }

    /** A WeChat customer ({@code wm…}, 32 chars). */
    public synchronized String wechatCustomer() {
        return "wm" + draw("wm", ALNUM, 30);
    }

    /** A WeCom-user customer ({@code wo…}). */
    public synchronized String wecomCustomer() {
        return "wo" + draw("wo", ALNUM, 30);
    }

    public synchronized String tag() {
        return "et" + draw("et", ALNUM, 30);
    }

    public synchronized String groupChat() {
        return "wr" + draw("wr", ALNUM, 30);
    }

    public synchronized String msgid() {
        return "msg" + draw("msg", ALNUM, 27);
    }

    public synchronized String welcomeTemplate() {
        return "msg" + draw("welcome", ALNUM, 27);
    }

    public synchronized String configId() {
        return draw("config", HEX, 32);
    }

    public synchronized String unionid() {
        return "oz" + draw("union", ALNUM + "-_", 26);
    }

    public synchronized String avatar() {
        return "http://wx.qlogo.cn/mmhead/" + draw("avatar", ALNUM, 40) + "/0";
    }

    public synchronized String qrCode() {
        return "https://wework.qpic.cn/wwpic/" + draw("qr", ALNUM, 24) + "/0";
    }

    public synchronized String token() {
        return draw("token", ALNUM + "-_", 96);
    }

    private String draw(String kind, String alphabet, int length) {
        SplittableRandom random = streams.computeIfAbsent(kind,
                k -> new SplittableRandom(seed * 1_000_003L + k.hashCode()));
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
