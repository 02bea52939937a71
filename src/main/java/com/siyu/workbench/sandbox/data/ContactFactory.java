package com.siyu.workbench.sandbox.data;

import com.siyu.workbench.sandbox.model.Contact;
import com.siyu.workbench.sandbox.model.Follow;
import java.util.List;
import java.util.SplittableRandom;

/** Makes one customer and one follow relation at a time; used for the initial dataset and for arrivals later. */
public final class ContactFactory {
    private static final String[][] WECOM_CORPS = {{"携程", "携程旅行网有限公司", "采购经理"},
        {"美团", "北京三快在线科技有限公司", "行政主管"}, {"腾讯", "腾讯科技（深圳）有限公司", "HRBP"}};
    private static final int[] OTHER_ADD_WAYS = {2, 3, 4, 6, 0};

    private final SplittableRandom random;
    private final IdFactory ids;
    private final NameGenerator names;

    public ContactFactory(SplittableRandom random, IdFactory ids, NameGenerator names) {
        this.random = random;
        this.ids = ids;
        this.names = names;
    }

    public Contact newContact() {
        int gender = random.nextInt(10) == 0 ? 0 : random.nextInt(10) < 4 ? 1 : 2;
        if (random.nextInt(100) < 3) {
            String[] corp = WECOM_CORPS[random.nextInt(WECOM_CORPS.length)];
            return new Contact(ids.wecomCustomer(), names.personName()[0], 2, gender, null, ids.avatar(),
                    corp[0], corp[1], corp[2]);
        }
        String unionid = random.nextInt(100) < 65 ? ids.unionid() : null;
        return new Contact(ids.wechatCustomer(), names.nickname(), 1, gender, unionid, ids.avatar(), null, null,
                null);
    }

    /** A channel for a new follow, or null (added by phone search, card share, group…: no state). */
    public Channel channel() {
        return random.nextInt(100) < 75 ? Channel.ALL.get(random.nextInt(Channel.ALL.size())) : null;
    }

    /** A follow of {@code contact} by {@code userid}; {@code seq} is assigned when stored. */
    public Follow newFollow(String userid, Contact contact, long createtime, Channel channel, List<String> tagIds) {
        int addWay = channel != null ? 1 : OTHER_ADD_WAYS[random.nextInt(OTHER_ADD_WAYS.length)];
        // a customer who scans a QR code initiates the add; for the other ways the member does
        String oper = addWay == 1 ? contact.externalUserid() : userid;
        String corpName = contact.type() == 1 && random.nextInt(20) == 0 ? "自由职业" : "";
        return new Follow(0, userid, contact.externalUserid(), names.remark(), names.description(), createtime,
                tagIds, corpName, names.remarkMobiles(), oper, addWay, channel == null ? null : channel.state(), 0);
    }

    public String remark() {
        return names.remark();
    }
}
