package com.siyu.workbench.sandbox.data;

import com.siyu.workbench.sandbox.model.Tag;
import com.siyu.workbench.sandbox.model.TagGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The corp tag groups every demo corp has (客户阶段, 意向商品, 来源渠道, 会员等级) and the tags a follow gets:
 * exactly one stage, zero to two products, the source channel, sometimes a member level.
 */
public final class TagGenerator {
    public static final String STAGE = "客户阶段";
    public static final String PRODUCT = "意向商品";
    public static final String SOURCE = "来源渠道";
    public static final String LEVEL = "会员等级";
    static final List<String> STAGES = List.of("新客", "意向", "成交", "复购", "沉睡");
    private static final int[] STAGE_WEIGHTS = {30, 25, 20, 15, 10};
    private static final List<String> PRODUCTS = List.of("奶粉", "面霜", "精华", "保健品", "童装", "纸尿裤");
    private static final List<String> LEVELS = List.of("普通会员", "银卡", "金卡", "黑钻");

    private final SplittableRandom random;
    private final Map<String, TagGroup> groups = new LinkedHashMap<>();
    private final Map<String, String> idByGroupAndName = new HashMap<>();

    public TagGenerator(SplittableRandom random, IdFactory ids, long createdAt) {
        this.random = random;
        List<String> sources = Channel.ALL.stream().map(Channel::name).toList();
        add(ids, createdAt, STAGE, STAGES, 400);
        add(ids, createdAt, PRODUCT, PRODUCTS, 300);
        add(ids, createdAt, SOURCE, sources, 200);
        add(ids, createdAt, LEVEL, LEVELS, 100);
    }

    private void add(IdFactory ids, long createdAt, String name, List<String> tagNames, long order) {
        String groupId = ids.tag();
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < tagNames.size(); i++) {
            tags.add(new Tag(ids.tag(), groupId, tagNames.get(i), createdAt, tagNames.size() - i, false));
        }
        groups.put(name, new TagGroup(groupId, name, createdAt, order, false, tags));
        tags.forEach(t -> idByGroupAndName.put(name + "/" + t.name(), t.id()));
    }

    public List<TagGroup> groups() {
        return List.copyOf(groups.values());
    }

    /** The id of the tag named {@code tagName} in group {@code groupName}. */
    public String tagId(String groupName, String tagName) {
        String id = idByGroupAndName.get(groupName + "/" + tagName);
        if (id == null) {
            throw new IllegalArgumentException("no tag " + groupName + "/" + tagName);
        }
        return id;
    }

    /** Tags for a follow: new arrivals are 新客, older ones spread over the stages. */
    public List<String> tagsFor(Channel channel, boolean recent) {
        List<String> tagIds = new ArrayList<>();
        tagIds.add(tagId(STAGE, recent ? "新客" : weightedStage()));
        int products = random.nextInt(10) < 6 ? random.nextInt(1, 3) : 0;
        for (int i = 0; i < products; i++) {
            String id = tagId(PRODUCT, PRODUCTS.get(random.nextInt(PRODUCTS.size())));
            if (!tagIds.contains(id)) {
                tagIds.add(id);
            }
        }
        if (channel != null) {
            tagIds.add(tagId(SOURCE, channel.name()));
        }
        if (random.nextBoolean()) {
            tagIds.add(tagId(LEVEL, LEVELS.get(random.nextInt(LEVELS.size()))));
        }
        return tagIds;
    }

    private String weightedStage() {
        int roll = random.nextInt(100);
        for (int i = 0; i < STAGE_WEIGHTS.length; i++) {
            roll -= STAGE_WEIGHTS[i];
            if (roll < 0) {
                return STAGES.get(i);
            }
        }
        return STAGES.get(0);
    }
}
