package com.siyu.workbench.sandbox.data;

import com.siyu.workbench.sandbox.model.Contact;
import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sandbox.model.GroupChat;
import com.siyu.workbench.sandbox.model.GroupChatMember;
import com.siyu.workbench.sandbox.model.Member;
import com.siyu.workbench.sandbox.model.SandboxModel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Customer groups: about one for every two reps, each with its owner, sometimes the store lead, and customers. */
final class GroupChatGenerator {
    private static final String[] SUFFIXES = {"宝妈福利群", "会员专属群", "新品体验群", "老客回馈群"};
    private static final String[] NOTICES = {"每周三会员日，群内专享价", "文明交流，禁止广告", "新品到店第一时间通知大家"};

    private final SplittableRandom random;
    private final IdFactory ids;
    private final TimeGenerator time;

    GroupChatGenerator(SplittableRandom random, IdFactory ids, TimeGenerator time) {
        this.random = random;
        this.ids = ids;
        this.time = time;
    }

    void addGroups(SandboxModel model, List<Member> reps) {
        for (int i = 0; i < reps.size(); i += 2) {
            Member owner = reps.get(i);
            List<Follow> customers = model.contacts().follows(owner.userid()).stream().filter(f -> !f.lost())
                    .toList();
            if (customers.size() < 5) {
                continue;
            }
            String store = model.org().department(owner.mainDepartment()).map(d -> d.name()).orElse("门店");
            String name = store.replace("店", "") + SUFFIXES[(i / 2) % SUFFIXES.length];
            long created = time.now() - (20 + random.nextInt(120)) * 86_400L;
            model.groupChats().put(new GroupChat(ids.groupChat(), name, owner.userid(), created,
                    NOTICES[random.nextInt(NOTICES.length)], members(model, owner, customers, created), List.of(),
                    0));
        }
    }

    private List<GroupChatMember> members(SandboxModel model, Member owner, List<Follow> customers, long created) {
        List<GroupChatMember> members = new ArrayList<>();
        members.add(new GroupChatMember(owner.userid(), 1, created, 1, null, "", owner.name(), null));
        int size = Math.min(customers.size(), 15 + random.nextInt(80));
        int step = Math.max(1, customers.size() / size);
        for (int i = 0; i < customers.size() && members.size() <= size; i += step) {
            Follow follow = customers.get(i);
            Contact contact = model.contacts().contact(follow.externalUserid()).orElseThrow();
            int scene = 1 + random.nextInt(3);
            long joined = Math.max(created, follow.createtime()) + random.nextInt(86_400);
            members.add(new GroupChatMember(contact.externalUserid(), 2, Math.min(joined, time.now()), scene,
                    scene == 1 ? owner.userid() : null, random.nextInt(4) == 0 ? follow.remark() : "",
                    contact.name(), contact.unionid()));
        }
        return members;
    }
}
