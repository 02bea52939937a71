package com.siyu.workbench.content.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {
    @Test
    void alignsEqualLinesAndPairsReplacedOnes() {
        List<TextDiff.Row> rows = TextDiff.diff(List.of("名称：A", "第一行", "第二行", "尾"),
                List.of("名称：A", "第一行改了", "新增行", "第二行", "尾"));
        assertThat(rows).extracting(TextDiff.Row::kind).containsExactly(TextDiff.Kind.SAME, TextDiff.Kind.CHANGED,
                TextDiff.Kind.ADDED, TextDiff.Kind.SAME, TextDiff.Kind.SAME);
        TextDiff.Row changed = rows.get(1);
        assertThat(changed.leftChanges()).isEmpty();
        assertThat(changed.rightChanges()).containsExactly(new TextDiff.Span(3, 5));
    }

    @Test
    void marksTheChangedCharactersOnBothSides() {
        List<List<TextDiff.Span>> spans = TextDiff.chars("周六下午来店", "周日上午来店");
        assertThat(spans.get(0)).containsExactly(new TextDiff.Span(1, 3));
        assertThat(spans.get(1)).containsExactly(new TextDiff.Span(1, 3));
        List<List<TextDiff.Span>> apart = TextDiff.chars("甲乙丙丁戊", "甲X丙Y戊");
        assertThat(apart.get(0)).containsExactly(new TextDiff.Span(1, 2), new TextDiff.Span(3, 4));
        assertThat(apart.get(1)).containsExactly(new TextDiff.Span(1, 2), new TextDiff.Span(3, 4));
    }

    @Test
    void removedAndAddedBlocksAndEmptySides() {
        assertThat(TextDiff.diff(List.of(), List.of("a", "b"))).extracting(TextDiff.Row::kind)
                .containsExactly(TextDiff.Kind.ADDED, TextDiff.Kind.ADDED);
        assertThat(TextDiff.diff(List.of("a", "b", "c"), List.of("a"))).extracting(TextDiff.Row::kind)
                .containsExactly(TextDiff.Kind.SAME, TextDiff.Kind.REMOVED, TextDiff.Kind.REMOVED);
        assertThat(TextDiff.diff(List.of("x"), List.of("x"))).extracting(TextDiff.Row::kind)
                .containsExactly(TextDiff.Kind.SAME);
    }

    @Test
    void veryLongChangedMiddlesAreMarkedWholeInsteadOfDiffedByCharacter() {
        String a = "开头" + "甲".repeat(500) + "结尾";
        String b = "开头" + "乙".repeat(500) + "结尾";
        List<List<TextDiff.Span>> spans = TextDiff.chars(a, b);
        assertThat(spans.get(0)).containsExactly(new TextDiff.Span(2, 502));
        assertThat(spans.get(1)).containsExactly(new TextDiff.Span(2, 502));
    }
}
