package com.siyu.workbench.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.wecom.dto.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Pages are fetched lazily, one at a time, following next_cursor until it is empty. */
class PagingTest {
    private final List<String> cursorsAsked = new ArrayList<>();

    private Page<Integer> page(String cursor) {
        cursorsAsked.add(cursor);
        int n = cursor.isEmpty() ? 0 : Integer.parseInt(cursor);
        return new Page<>(List.of(n * 10, n * 10 + 1), n < 4 ? Integer.toString(n + 1) : "");
    }

    @Test
    void walksAllPagesInOrder() {
        assertThat(Paging.stream(this::page).toList()).containsExactly(0, 1, 10, 11, 20, 21, 30, 31, 40, 41);
        assertThat(cursorsAsked).containsExactly("", "1", "2", "3", "4");
    }

    @Test
    void fetchesOnlyWhatIsConsumed() {
        try (Stream<Integer> items = Paging.stream(this::page)) {
            assertThat(items.limit(3).toList()).containsExactly(0, 1, 10);
        }
        assertThat(cursorsAsked).containsExactly("", "1");
    }

    @Test
    void aCursorThatRepeatsEndsTheWalk() {
        assertThat(Paging.stream(c -> new Page<>(List.of(1), "same")).limit(10).count()).isEqualTo(2);
    }

    @Test
    void aFailingPageSurfacesFromTheStream() {
        Stream<Integer> items = Paging.stream(c -> {
            if (!c.isEmpty()) {
                throw new WeComUnavailableException(WeComErrorKind.UNAVAILABLE, "/x", -1, "busy", null);
            }
            return new Page<>(List.of(1), "next");
        });
        assertThatThrownBy(items::toList).isInstanceOf(WeComUnavailableException.class);
    }

    @Test
    void chunksSplitLongUseridListsForBatchCalls() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            all.add(i);
        }
        assertThat(Paging.chunks(all, 100)).extracting(List::size).containsExactly(100, 100, 50);
    }
}
