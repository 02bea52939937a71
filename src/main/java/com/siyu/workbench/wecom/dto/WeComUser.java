package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A member from {@code user/list} or {@code user/simplelist}; detail fields are null when WeCom withholds them. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WeComUser(String userid, String name, List<Long> department, String position, String mobile,
                        String gender, String email, String alias, Integer status, Long mainDepartment,
                        String openUserid, String avatar) {
    public WeComUser {
        department = DtoLists.orEmpty(department);
    }

    /** The mobile is personal data: never printed. */
    @Override
    public String toString() {
        return "WeComUser[userid=" + userid + ", name=" + name + ", department=" + department + "]";
    }
}
