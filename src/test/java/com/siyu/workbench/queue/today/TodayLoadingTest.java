package com.siyu.workbench.queue.today;

import static com.siyu.workbench.queue.QueueData.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.queue.MutableClock;
import com.siyu.workbench.queue.QueueData;
import com.siyu.workbench.queue.QueueDemo;
import com.siyu.workbench.testing.ScriptedDialogs;
import com.siyu.workbench.testing.QueuedTaskExecutor;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A member switch and a finished sync each reload the day; the first read is then cancelled by the second. The
 * screen must stay "loading" (commands off, start-up not yet measured) until the newest read is in.
 */
class TodayLoadingTest {
    @TempDir
    Path dir;
    Workbench workbench;
    final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    TodayViewModel vm;

    @BeforeEach
    void open() throws Exception {
        workbench = TestWorkbench.open(dir, new MutableClock(at("2026-11-23T10:00"), QueueData.SHANGHAI));
        QueueDemo.catalogue(workbench.db());
        new QueueData(workbench.db())
                .contact("new1", "新客一", "李姐", TestWorkbench.GUIDE, at("2026-11-23T09:00"), "store-xuhui");
        Actor guide = new Actor(TestWorkbench.GUIDE, "张晓雯", Set.of(Role.GUIDE));
        vm = new TodayViewModel(workbench.queue(), () -> guide, executor, ScriptedDialogs.recording(),
                Messages.load(Language.ZH_CN), text -> { });
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void aReadCancelledByANewerOneDoesNotEndLoading() {
        vm.load();
        vm.load();
        assertThat(executor.waiting()).isEqualTo(2);

        executor.run(0);
        assertThat(vm.loadingProperty().get()).as("the newer read is still in flight").isTrue();
        assertThat(vm.enabledProperty(TodayAction.DONE).get()).isFalse();

        executor.run(1);
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.rows()).isNotEmpty();
    }
}
