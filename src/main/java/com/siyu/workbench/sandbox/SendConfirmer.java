package com.siyu.workbench.sandbox;

import com.siyu.workbench.sandbox.data.TimeGenerator;
import com.siyu.workbench.sandbox.model.MessageTask;
import com.siyu.workbench.sandbox.model.Recipient;
import com.siyu.workbench.sandbox.model.SandboxModel;
import com.siyu.workbench.sandbox.model.SenderStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Members confirming pending mass sends in their WeCom client. Which (task, member) pairs confirm is drawn from the
 * seed per pair, so {@code fraction} 1.0 confirms all and the same fraction always picks the same pairs.
 */
final class SendConfirmer {
    private final SandboxModel model;
    private final SandboxClock clock;
    private final long seed;

    SendConfirmer(SandboxModel model, SandboxClock clock, long seed) {
        this.model = model;
        this.clock = clock;
        this.seed = seed;
    }

    List<SendConfirmation> confirm(double fraction) {
        return model.lock().write(() -> {
            long now = clock.now();
            long day = TimeGenerator.dayStart(now);
            List<SendConfirmation> done = new ArrayList<>();
            for (MessageTask task : model.messageTasks().tasks()) {
                for (SenderStatus sender : task.senders()) {
                    if (!sender.pending() || draw(task.msgid(), sender.userid()) >= fraction) {
                        continue;
                    }
                    model.messageTasks().confirm(task.msgid(), sender.userid(), now, day,
                            (userid, ext) -> model.contacts().activeFollow(userid, ext).isPresent())
                            .ifPresent(updated -> done.add(summarise(updated, sender.userid())));
                }
            }
            return done;
        });
    }

    private static SendConfirmation summarise(MessageTask task, String userid) {
        List<Recipient> rows = task.senders().stream().filter(s -> s.userid().equals(userid))
                .flatMap(s -> s.recipients().stream()).toList();
        return new SendConfirmation(task.msgid(), userid, count(rows, Recipient.SENT), count(rows, Recipient.NOT_FRIEND),
                count(rows, Recipient.QUOTA));
    }

    private static int count(List<Recipient> rows, int status) {
        return (int) rows.stream().filter(r -> r.status() == status).count();
    }

    private double draw(String msgid, String userid) {
        long h = seed * 0x9E3779B97F4A7C15L + msgid.hashCode() * 31L + userid.hashCode();
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53;
    }
}
