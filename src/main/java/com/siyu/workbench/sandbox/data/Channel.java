package com.siyu.workbench.sandbox.data;

import java.util.List;

/**
 * The 「联系我」 channels of the demo corp: {@code state} is what a follow added through the channel carries, and
 * {@code name} is the contact way's remark and the 来源渠道 tag it gets.
 */
public record Channel(String state, String name) {
    public static final List<Channel> ALL = List.of(
            new Channel("store_poster", "门店海报"),
            new Channel("parcel_card", "包裹卡"),
            new Channel("live_room", "直播间"),
            new Channel("moments_ad", "朋友圈广告"),
            new Channel("guide_card", "导购名片"),
            new Channel("referral", "老客推荐"));
}
