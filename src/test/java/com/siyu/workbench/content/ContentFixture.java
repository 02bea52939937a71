package com.siyu.workbench.content;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Member;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The test team plus a second content person (an editor who writes, so the reviewer reviews someone else's work),
 * and one named channel ({@code package-card} 包裹卡, the demo content's) for channel-scoped welcome messages.
 */
public final class ContentFixture {
    public static final String EDITOR = "zhoubj";
    public static final Actor GUIDE = new Actor(TestWorkbench.GUIDE, "张晓雯", Set.of(Role.GUIDE));
    public static final Actor REVIEWER = new Actor(TestWorkbench.REVIEWER, "刘燕", Set.of(Role.REVIEWER));
    public static final Actor EDITOR_ACTOR = new Actor(EDITOR, "周编辑", Set.of(Role.REVIEWER));
    public static final Actor LEAD = new Actor(TestWorkbench.LEAD, "王店长", Set.of(Role.LEAD));
    public static final Actor ADMIN = new Actor(TestWorkbench.ADMIN, "陈管理", Set.of(Role.ADMIN));

    private ContentFixture() {
    }

    public static Workbench open(Path dir) throws Exception {
        Workbench workbench = TestWorkbench.open(dir);
        List<Member> members = new ArrayList<>(workbench.members().all());
        members.add(new Member(EDITOR, "周编辑", "内容运营", 1, List.of(1), List.of(), false));
        workbench.members().replaceAll(workbench.members().departments(), members);
        workbench.roles().setRoles(EDITOR, EnumSet.of(Role.REVIEWER), "test");
        addChannel(workbench, DemoContent.PACKAGE_CARD_STATE, "包裹卡");
        return workbench;
    }

    /** A named 「联系我」 channel in the local copy (sync writes these from contact ways). */
    public static void addChannel(Workbench wb, String state, String name) {
        wb.db().write(c -> Sql.update(c, "INSERT INTO channels (state, name, updated_at) VALUES (?, ?, 0)"
                + " ON CONFLICT (state) DO UPDATE SET name = excluded.name", state, name));
    }

    public static ContentBody threeStepScript(String name) {
        return ContentBody.script(name, "新客破冰", List.of("新客"), List.of(
                new ScriptStep(0, LocalTime.of(11, 30), LocalTime.of(13, 30), "{客户称呼}您好，我是{门店}的{导购姓名}", List.of()),
                ScriptStep.of(1, "{客户称呼}，昨天聊到的{意向商品}到货了"),
                ScriptStep.of(3, "{客户称呼}，周末有空来店里坐坐？")));
    }

    /** A contact followed by {@code member} through channel {@code state}. */
    public static void addContact(Workbench wb, String externalUserid, String name, String member, String state,
                                  String remark) {
        wb.db().write(c -> {
            Sql.update(c, "INSERT OR IGNORE INTO contacts (external_userid, name, updated_at) VALUES (?, ?, 0)",
                    externalUserid, name);
            Sql.update(c, "INSERT INTO follows (external_userid, userid, remark, added_at, state, synced_at)"
                    + " VALUES (?, ?, ?, 0, ?, 0)", externalUserid, member, remark, state);
        });
    }
}
