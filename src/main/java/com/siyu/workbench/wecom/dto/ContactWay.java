package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;

/** A 「联系我」 contact way: body of add_contact_way (no config_id / qr_code) and the {@code contact_way} object of get_contact_way. {@code state} (≤30 chars) is the channel code. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ContactWay(String configId, Integer type, Integer scene, Integer style, String remark, Boolean skipVerify,
                         String state, String qrCode, List<String> user, List<Long> party, Boolean isTemp,
                         Long expiresIn, Long chatExpiresIn, String unionid, Boolean isExclusive,
                         JsonNode conclusions) {
    public ContactWay {
        user = DtoLists.copyOrNull(user);
        party = DtoLists.copyOrNull(party);
    }

    /** A permanent single-member QR code carrying a channel {@code state}. */
    public static ContactWay qrCode(String userid, String state, String remark) {
        return new ContactWay(null, 1, 2, null, remark, true, state, null, List.of(userid), null, null, null, null,
                null, null, null);
    }
}
