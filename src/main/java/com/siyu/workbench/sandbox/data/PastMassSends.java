package com.siyu.workbench.sandbox.data;

import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sandbox.model.Member;
import com.siyu.workbench.sandbox.model.MessageTask;
import com.siyu.workbench.sandbox.model.Recipient;
import com.siyu.workbench.sandbox.model.SandboxModel;
import com.siyu.workbench.sandbox.model.SenderStatus;
import java.util.List;

/** A few mass sends members made in their client days ago (create_type 1, already sent), so history is not empty. */
final class PastMassSends {
    private static final String[] TEXTS = {"亲，本周会员日全场9折，欢迎到店～", "新品面霜到店啦，老客可预约试用"};

    private final IdFactory ids;
    private final TimeGenerator time;

    PastMassSends(IdFactory ids, TimeGenerator time) {
        this.ids = ids;
        this.time = time;
    }

    void add(SandboxModel model, List<Member> reps) {
        for (int i = 0; i < Math.min(2, reps.size()); i++) {
            String userid = reps.get(i).userid();
            long created = TimeGenerator.dayStart(time.now()) - (3 + i) * 86_400L + 10 * 3600;
            List<Recipient> recipients = model.contacts().follows(userid).stream()
                    .filter(f -> !f.lost() && f.createtime() < created).limit(5)
                    .map(Follow::externalUserid)
                    .map(ext -> new Recipient(ext, null, userid, Recipient.SENT, created + 600)).toList();
            if (recipients.isEmpty()) {
                continue;
            }
            String content = "{\"text\":{\"content\":\"" + TEXTS[i % TEXTS.length] + "\"},\"attachments\":[]}";
            model.messageTasks().add(new MessageTask(ids.msgid(), "single", userid, 1, created, content, List.of(),
                    List.of(new SenderStatus(userid, SenderStatus.SENT, created + 600, recipients))));
        }
    }
}
