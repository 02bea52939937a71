package com.siyu.workbench.wecom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.wecom.dto.AddCorpTagRequest;
import com.siyu.workbench.wecom.dto.CorpTagGroup;
import com.siyu.workbench.wecom.dto.EditCorpTagRequest;
import com.siyu.workbench.wecom.dto.MarkTagRequest;
import java.util.List;

/** Corp tags (§8). */
final class TagApi {
    private final ApiCaller api;

    TagApi(ApiCaller api) {
        this.api = api;
    }

    List<CorpTagGroup> getCorpTagList(List<String> tagIds, List<String> groupIds) {
        String path = WeComPaths.GET_CORP_TAG_LIST;
        return api.readList(path, api.post(path, idLists(tagIds, groupIds)), "tag_group", CorpTagGroup.class);
    }

    CorpTagGroup addCorpTag(AddCorpTagRequest request) {
        String path = WeComPaths.ADD_CORP_TAG;
        return api.read(path, api.post(path, request), "tag_group", CorpTagGroup.class);
    }

    void editCorpTag(EditCorpTagRequest request) {
        api.post(WeComPaths.EDIT_CORP_TAG, request);
    }

    void delCorpTag(List<String> tagIds, List<String> groupIds) {
        if (isEmpty(tagIds) && isEmpty(groupIds)) {
            throw new IllegalArgumentException("del_corp_tag needs tag ids or group ids");
        }
        api.post(WeComPaths.DEL_CORP_TAG, idLists(tagIds, groupIds));
    }

    void markTag(MarkTagRequest request) {
        api.post(WeComPaths.MARK_TAG, request);
    }

    private ObjectNode idLists(List<String> tagIds, List<String> groupIds) {
        ObjectNode body = api.object();
        if (!isEmpty(tagIds)) {
            body.set("tag_id", api.mapper().valueToTree(tagIds));
        }
        if (!isEmpty(groupIds)) {
            body.set("group_id", api.mapper().valueToTree(groupIds));
        }
        return body;
    }

    private static boolean isEmpty(List<String> ids) {
        return ids == null || ids.isEmpty();
    }
}
