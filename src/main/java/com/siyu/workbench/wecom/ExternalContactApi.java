package com.siyu.workbench.wecom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.wecom.dto.ContactDetail;
import com.siyu.workbench.wecom.dto.ContactWithFollow;
import com.siyu.workbench.wecom.dto.Page;
import com.siyu.workbench.wecom.dto.RemarkRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Customers (§3–§7). */
final class ExternalContactApi {
    private final ApiCaller api;

    ExternalContactApi(ApiCaller api) {
        this.api = api;
    }

    List<String> getFollowUserList() {
        String path = WeComPaths.FOLLOW_USER_LIST;
        return api.readList(path, api.get(path, Map.of()), "follow_user", String.class);
    }

    /** WeCom answers 84061 for a member without customers; that is an empty list, not an error. */
    List<String> listExternalContacts(String userid) {
        String path = WeComPaths.CONTACT_LIST;
        try {
            return api.readList(path, api.get(path, Map.of("userid", userid)), "external_userid", String.class);
        } catch (WeComRelationNotFoundException noCustomers) {
            return List.of();
        }
    }

    Page<ContactWithFollow> batchGetByUser(List<String> userids, String cursor, int limit) {
        if (userids == null || userids.isEmpty() || userids.size() > WeComApi.MAX_USERIDS_PER_BATCH) {
            throw new IllegalArgumentException("batch/get_by_user takes 1 to 100 userids, got "
                    + (userids == null ? 0 : userids.size()));
        }
        ObjectNode body = api.object();
        body.set("userid_list", api.mapper().valueToTree(userids));
        body.put("cursor", cursor == null ? "" : cursor);
        body.put("limit", Math.max(1, Math.min(WeComApi.MAX_BATCH_LIMIT, limit)));
        String path = WeComPaths.BATCH_GET_BY_USER;
        return api.readPage(path, api.post(path, body), "external_contact_list", ContactWithFollow.class);
    }

    ContactDetail getContact(String externalUserid, String cursor) {
        Map<String, String> query = new HashMap<>();
        query.put("external_userid", externalUserid);
        if (cursor != null && !cursor.isEmpty()) {
            query.put("cursor", cursor);
        }
        String path = WeComPaths.CONTACT_GET;
        return api.readAll(path, api.get(path, query), ContactDetail.class);
    }

    void remark(RemarkRequest request) {
        api.post(WeComPaths.REMARK, request);
    }
}
