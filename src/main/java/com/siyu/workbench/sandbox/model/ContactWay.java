package com.siyu.workbench.sandbox.model;

import java.util.List;

/**
 * A 「联系我」 way. Its {@code state} is what follows added through it carry, so it names a channel
 * (its {@code remark} is the channel's readable name in the seed data).
 */
public record ContactWay(String configId, int type, int scene, int style, String remark, boolean skipVerify,
                         String state, String qrCode, List<String> user, List<Integer> party, boolean isTemp,
                         int expiresIn, int chatExpiresIn, String unionid, String conclusionsJson, long createTime) {
    public ContactWay {
        user = List.copyOf(user);
        party = List.copyOf(party);
    }
}
