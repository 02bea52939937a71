package com.siyu.workbench.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.core.CurrentThreadTaskExecutor;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list's view model without a scene: debounced search, paging, filters, saved filters, errors. */
class ContactsViewModelTest {
    @TempDir
    Path dir;
    Workbench workbench;
    ContactsFixture fixture;
    final AtomicReference<Actor> actor = new AtomicReference<>(ContactQueryTest.GUIDE);
    final List<Runnable> debounced = new ArrayList<>();
    ContactsViewModel model;

    @BeforeEach
    void open() throws Exception {
        workbench = TestWorkbench.open(dir);
        fixture = new ContactsFixture(workbench.db()).standard(TestWorkbench.GUIDE, TestWorkbench.MORNING);
        Debouncer recording = action -> {
            debounced.clear();
            debounced.add(action);
        };
        model = new ContactsViewModel(workbench.contacts().service(), new CurrentThreadTaskExecutor(), recording,
                actor::get, Messages.load(Language.ZH_CN));
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private List<String> ids() {
        return model.rows().stream().map(ContactRow::externalUserid).toList();
    }

    private void pause() {
        List<Runnable> due = List.copyOf(debounced);
        debounced.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void typingSearchesOnceThePauseEndsWithTheLatestText() {
        model.activate();
        assertThat(ids()).containsExactly("wm-wang", "wm-li", "wm-zhao");
        assertThat(model.tagGroups()).extracting(TagGroup::name).containsExactly("客户阶段", "意向商品", "会员等级");
        model.queryProperty().set("李");
        model.queryProperty().set("李姐");
        assertThat(ids()).hasSize(3);
        assertThat(debounced).hasSize(1);
        pause();
        assertThat(ids()).containsExactly("wm-li");
        assertThat(model.summaryProperty().get()).isEqualTo("共 1 位客户");
    }

    @Test
    void filterControlsBuildTheFilterAndSavedFiltersRestoreThem() {
        model.activate();
        model.tags().setAll("t-lipstick", "t-vip");
        model.tagModeProperty().set(TagMode.ALL);
        model.statusProperty().set(FollowStatusFilter.ACTIVE);
        model.notTouchedDaysProperty().set(30);
        pause();
        assertThat(ids()).containsExactly("wm-li");
        ContactFilter built = model.filter();
        assertThat(built.tagsAll()).containsExactly("t-lipstick", "t-vip");
        assertThat(built.tagsAny()).isEmpty();

        model.saveFilter("老客VIP");
        assertThat(model.savedFilters()).extracting(SavedFilter::name).containsExactly("老客VIP");
        model.clearFilters();
        assertThat(ids()).hasSize(3);
        model.apply(model.savedFilters().get(0));
        assertThat(debounced).isEmpty();
        assertThat(ids()).containsExactly("wm-li");
        assertThat(model.tagModeProperty().get()).isEqualTo(TagMode.ALL);
        assertThat(model.filter()).isEqualTo(built);

        model.saveFilter(" ");
        assertThat(model.errorProperty().get()).isEqualTo("筛选名称不能为空，最多 30 个字。");
    }

    @Test
    void pagesAppendUntilTheEndAndAnswersToOldSearchesAreIgnored() {
        for (int i = 0; i < 120; i++) {
            fixture.contact("wm-bulk" + i, "批量客户" + i, null).follow("wm-bulk" + i, TestWorkbench.GUIDE, "", "",
                    null, TestWorkbench.MORNING.minusSeconds(3600L * (i + 1)), null);
        }
        model.activate();
        assertThat(model.rows()).hasSize(ContactsViewModel.PAGE);
        assertThat(model.hasMoreProperty().get()).isTrue();
        assertThat(model.summaryProperty().get()).isEqualTo("共 123 位客户");
        model.loadMore();
        model.loadMore();
        assertThat(model.rows()).hasSize(123);
        assertThat(model.hasMoreProperty().get()).isFalse();
        assertThat(ids()).doesNotHaveDuplicates();
        model.loadMore();
        assertThat(model.rows()).hasSize(123);
    }

    @Test
    void aMemberSwitchShowsTheNewMembersScopeAndLeavingDropsPendingSearches() {
        model.activate();
        actor.set(ContactQueryTest.LEAD);
        model.activate();
        assertThat(ids()).contains("wm-other");
        assertThat(model.teamScopeProperty().get()).isTrue();
        model.queryProperty().set("陈先生");
        model.deactivate();
        pause();
        assertThat(ids()).hasSize(4);
    }
}
