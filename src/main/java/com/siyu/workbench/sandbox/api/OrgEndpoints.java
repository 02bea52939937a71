package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.model.Department;
import com.siyu.workbench.sandbox.model.Member;
import com.siyu.workbench.sandbox.model.OrgStore;
import com.siyu.workbench.sandbox.model.WeComError;
import java.util.List;

/** user/list, user/simplelist, department/list and department/simplelist. */
public final class OrgEndpoints {
    private final ApiContext context;
    private final OrgStore org;

    public OrgEndpoints(ApiContext context) {
        this.context = context;
        this.org = context.model().org();
    }

    public List<Endpoint> endpoints() {
        return List.of(Endpoint.get("user/list", r -> users(r, true)),
                Endpoint.get("user/simplelist", r -> users(r, false)),
                Endpoint.get("department/list", r -> departments(r, true)),
                Endpoint.get("department/simplelist", r -> departments(r, false)));
    }

    private ApiResponse users(ApiRequest request, boolean detail) {
        String departmentId = request.query("department_id");
        if (departmentId == null || departmentId.isEmpty()) {
            throw WeComError.missing("department_id");
        }
        int id = parseDepartment(departmentId);
        List<Integer> scope = "1".equals(request.query("fetch_child"))
                ? org.subtree(id).stream().map(Department::id).toList() : List.of(id);
        ObjectNode body = context.ok();
        ArrayNode list = body.putArray("userlist");
        for (Member member : org.membersIn(scope)) {
            list.add(detail ? detail(member) : simple(member));
        }
        return ApiResponse.of(body);
    }

    private ObjectNode simple(Member member) {
        ObjectNode node = context.object();
        node.put("userid", member.userid());
        node.put("name", member.name());
        ArrayNode departments = node.putArray("department");
        member.department().forEach(departments::add);
        node.put("open_userid", "woAA" + Integer.toHexString(member.userid().hashCode()));
        return node;
    }

    private ObjectNode detail(Member member) {
        ObjectNode node = simple(member);
        node.remove("open_userid");
        ArrayNode order = node.putArray("order");
        member.department().forEach(d -> order.add(0));
        node.put("position", member.position());
        node.put("mobile", member.mobile());
        node.put("gender", String.valueOf(member.gender()));
        node.put("email", member.email());
        ArrayNode leader = node.putArray("is_leader_in_dept");
        member.isLeaderInDept().forEach(leader::add);
        node.putArray("direct_leader");
        node.put("avatar", "https://wework.qpic.cn/wwhead/" + member.userid() + "/0");
        node.put("thumb_avatar", "https://wework.qpic.cn/wwhead/" + member.userid() + "/100");
        node.put("telephone", "");
        node.put("alias", member.alias());
        node.put("status", 1);
        node.put("address", "");
        node.put("hide_mobile", 0);
        node.put("english_name", member.englishName());
        node.put("open_userid", "woAA" + Integer.toHexString(member.userid().hashCode()));
        node.put("main_department", member.mainDepartment());
        node.putObject("extattr").putArray("attrs");
        node.put("qr_code", "https://open.work.weixin.qq.com/wwopen/userQRCode?vcode=" + member.userid());
        node.put("external_position", member.position());
        node.putObject("external_profile").putArray("external_attr");
        return node;
    }

    private ApiResponse departments(ApiRequest request, boolean detail) {
        String idParam = request.query("id");
        List<Department> departments = idParam == null || idParam.isEmpty()
                ? org.departments() : org.subtree(parseDepartment(idParam));
        ObjectNode body = context.ok();
        ArrayNode list = body.putArray(detail ? "department" : "department_id");
        for (Department department : departments) {
            ObjectNode node = list.addObject();
            node.put("id", department.id());
            if (detail) {
                node.put("name", department.name());
                node.put("name_en", department.nameEn());
                ArrayNode leaders = node.putArray("department_leader");
                org.membersIn(List.of(department.id())).stream()
                        .filter(m -> m.isLeaderInDept().get(m.department().indexOf(department.id())) == 1)
                        .forEach(m -> leaders.add(m.userid()));
            }
            node.put("parentid", department.parentId());
            node.put("order", department.order());
        }
        return ApiResponse.of(body);
    }

    private int parseDepartment(String text) {
        try {
            int id = Integer.parseInt(text.trim());
            org.department(id).orElseThrow(() -> new WeComError(60123, "invalid party id"));
            return id;
        } catch (NumberFormatException e) {
            throw new WeComError(60123, "invalid party id");
        }
    }
}
