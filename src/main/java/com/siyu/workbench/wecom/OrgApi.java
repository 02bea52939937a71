package com.siyu.workbench.wecom;

import com.siyu.workbench.wecom.dto.WeComDepartment;
import com.siyu.workbench.wecom.dto.WeComUser;
import java.util.List;
import java.util.Map;

/** Members and departments (contacts endpoints, §14). */
final class OrgApi {
    private final ApiCaller api;

    OrgApi(ApiCaller api) {
        this.api = api;
    }

    List<WeComUser> listUsers(long departmentId, boolean fetchChild) {
        return users(WeComPaths.USER_LIST, departmentId, fetchChild);
    }

    List<WeComUser> listSimpleUsers(long departmentId, boolean fetchChild) {
        return users(WeComPaths.USER_SIMPLELIST, departmentId, fetchChild);
    }

    private List<WeComUser> users(String path, long departmentId, boolean fetchChild) {
        Map<String, String> query = Map.of("department_id", Long.toString(departmentId),
                "fetch_child", fetchChild ? "1" : "0");
        return api.readList(path, api.get(path, query), "userlist", WeComUser.class);
    }

    List<WeComDepartment> listDepartments(Long id) {
        Map<String, String> query = id == null ? Map.of() : Map.of("id", id.toString());
        String path = WeComPaths.DEPARTMENT_LIST;
        return api.readList(path, api.get(path, query), "department", WeComDepartment.class);
    }
}
