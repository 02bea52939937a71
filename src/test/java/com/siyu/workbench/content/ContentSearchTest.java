package com.siyu.workbench.content;

import static com.siyu.workbench.content.ContentFixture.EDITOR_ACTOR;
import static com.siyu.workbench.content.ContentFixture.GUIDE;
import static com.siyu.workbench.content.ContentFixture.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full-text search (FTS5 trigram) over names, step texts and attachments, with short Chinese queries too. */
class ContentSearchTest {
    @TempDir
    Path dir;
    Workbench wb;
    String coat;
    String welcome;

    @BeforeEach
    void open() throws Exception {
        wb = ContentFixture.open(dir);
        ContentService service = wb.content().service();
        coat = service.create(EDITOR_ACTOR, ContentBody.script("大衣跟进", "意向跟进", List.of("高意向"), List.of(
                ScriptStep.of(0, "{客户称呼}，您看的羊绒大衣到货了"),
                new ScriptStep(2, null, null, "{客户称呼}，保养说明发您", List.of(new com.siyu.workbench.content.Attachment.Link(
                        "大衣保养指南", "干洗还是水洗", null, "https://a.cn/g")))))).contentId();
        service.submit(EDITOR_ACTOR, coat);
        service.approve(REVIEWER, coat, 1);
        welcome = service.create(EDITOR_ACTOR, ContentBody.welcome("默认欢迎语", Scope.DEFAULT,
                "{客户称呼}您好，欢迎来到徐汇店", List.of())).contentId();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private List<String> search(com.siyu.workbench.members.Actor actor, String query) {
        return wb.content().library().list(actor, new ContentFilter(query, null, null, null)).stream()
                .map(ContentSummary::id).toList();
    }

    @Test
    void findsStepTextsAttachmentTitlesAndNames() {
        assertThat(search(REVIEWER, "羊绒大衣")).containsExactly(coat);
        assertThat(search(REVIEWER, "保养指南")).containsExactly(coat);
        assertThat(search(REVIEWER, "欢迎来到")).containsExactly(welcome);
        assertThat(search(REVIEWER, "高意向")).containsExactly(coat);
        assertThat(search(REVIEWER, "不存在的词")).isEmpty();
    }

    @Test
    void oneAndTwoCharacterQueriesFallBackToLike() {
        assertThat(search(REVIEWER, "大衣")).containsExactly(coat);
        assertThat(search(REVIEWER, "欢")).containsExactly(welcome);
        assertThat(search(REVIEWER, "您")).containsExactlyInAnyOrder(coat, welcome);
        assertThat(search(REVIEWER, "%")).isEmpty();
        assertThat(search(REVIEWER, "_")).isEmpty();
    }

    @Test
    void severalTermsMustAllMatch() {
        assertThat(search(REVIEWER, "大衣 干洗还是")).containsExactly(coat);
        assertThat(search(REVIEWER, "大衣 徐汇店")).isEmpty();
    }

    @Test
    void guidesFindOnlyWhatTheyMaySee() {
        assertThat(search(GUIDE, "欢迎")).isEmpty();
        assertThat(search(GUIDE, "羊绒")).containsExactly(coat);
        wb.content().service().saveDraft(EDITOR_ACTOR, coat, ContentBody.script("大衣跟进", "意向跟进", List.of(),
                List.of(ScriptStep.of(0, "{客户称呼}，新版文案：呢子外套"))));
        assertThat(search(GUIDE, "呢子外套")).as("the draft's words are not the guide's").isEmpty();
        assertThat(search(REVIEWER, "呢子外套")).containsExactly(coat);
    }

    @Test
    void quotesAndOperatorsAreSearchedLiterally() {
        assertThat(search(REVIEWER, "\"羊绒 OR")).isEmpty();
        assertThat(search(REVIEWER, "AND OR NOT")).isEmpty();
    }
}
