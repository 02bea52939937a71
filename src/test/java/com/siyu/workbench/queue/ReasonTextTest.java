package com.siyu.workbench.queue;

import static com.siyu.workbench.queue.QueueData.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.queue.rules.Section;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reason in plain Chinese, counted from the day being worked on. */
class ReasonTextTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final ReasonText zh = new ReasonText(Messages.load(Language.ZH_CN), QueueData.SHANGHAI);

    private static TaskCard card(String code, Map<String, Object> reason, Instant added, Instant lastReply,
                                 TaskStatus status, String statusReason) {
        return new TaskCard("t-1", "zhangxw", "wmA", "李女士", "李姐", List.of(), "门店海报", added, null, lastReply,
                false, null, "r", "新客剧本", TaskKind.SCRIPT_STEP, Section.NEW, TODAY, null, null, 50, code, reason,
                "s", 1, 2, status, statusReason, null, null);
    }

    @Test
    void addedDaysAgoWithoutAReplyAndTheScriptStep() {
        TaskCard card = card("CONTACT_ADDED", Map.of("anchor", "2026-11-20", "step", 2, "steps", 4),
                at("2026-11-20T23:30"), null, TaskStatus.OPEN, null);

        assertThat(zh.of(card, TODAY)).isEqualTo("3 天前添加，尚未回复 · 剧本第 2/4 步");
    }

    @Test
    void aHeldTaskSaysFromWhenAndWhy() {
        TaskCard card = card("DAYS_SINCE_ORDER", Map.of("anchor", "2026-11-22", "days", 30, "heldFrom", "2026-11-22"),
                null, null, TaskStatus.HELD, "CAP_DAILY");

        assertThat(zh.of(card, TODAY)).isEqualTo(
                "上次下单在 31 天前，提醒复购 · 顺延自 11月22日：客户当天已有一条群发（企业微信每人每天限 1 条）");
    }

    @Test
    void aTagChangeNamesTheTag() {
        TaskCard card = card("TAG_ADDED", Map.of("anchor", "2026-11-22", "tag", "et1", "tagName", "面霜"), null, null,
                TaskStatus.OPEN, null);

        assertThat(zh.of(card, TODAY)).isEqualTo("昨天打上了「面霜」");
    }

    @Test
    void unapprovedContentIsSaid() {
        TaskCard card = card("NO_REPLY", Map.of("anchor", "2026-11-23", "days", 3, "contentMissing", "script-win-back"),
                null, null, TaskStatus.OPEN, null);

        assertThat(zh.of(card, TODAY))
                .isEqualTo("上次联系后 3 天没有回复 · 内容「script-win-back」尚未审核通过，今天只提醒、不发送");
    }
}
