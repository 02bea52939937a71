package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A 「加入群聊」 join way: body of groupchat/add_join_way (no config_id) and the {@code join_way} object of get_join_way. chat_id_list ≤5. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JoinWay(String configId, Integer scene, String remark, Integer autoCreateRoom, String roomBaseName,
                      Long roomBaseId, List<String> chatIdList, String qrCode, String state) {
    public JoinWay {
        chatIdList = DtoLists.copyOrNull(chatIdList);
    }
}
