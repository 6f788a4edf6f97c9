package org.quotedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IdSlicesTest {

    @Test
    void consecutiveIdsBecomeOneRangeWithoutAList() {
        List<Long> ids = LongStream.rangeClosed(1_001, 3_000).boxed().toList();
        assertThat(IdSlices.of(ids)).containsExactly(new IdSlices.Slice(1_001, 3_000, List.of()));
    }

    @Test
    void scatteredIdsGoInBoundedListsAndRunsStayRanges() {
        List<Long> ids = new ArrayList<>();
        LongStream.range(0, 250).forEach(i -> ids.add(10 * i));
        LongStream.rangeClosed(5_000, 5_019).forEach(ids::add);
        ids.add(7L);
        ids.add(7L);
        List<IdSlices.Slice> slices = IdSlices.of(ids);

        assertThat(slices).filteredOn(IdSlices.Slice::isRange).containsExactly(new IdSlices.Slice(5_000, 5_019, List.of()));
        List<IdSlices.Slice> lists = slices.stream().filter(s -> !s.isRange()).toList();
        assertThat(lists).allSatisfy(s -> {
            assertThat(s.ids()).hasSizeLessThanOrEqualTo(IdSlices.MAX_LIST).isSorted();
            assertThat(s.min()).isEqualTo(s.ids().get(0));
            assertThat(s.max()).isEqualTo(s.ids().get(s.ids().size() - 1));
        });
        List<Long> listed = lists.stream().flatMap(s -> s.ids().stream()).toList();
        assertThat(listed).hasSize(251).doesNotHaveDuplicates().contains(7L, 0L, 2_490L);
    }

    @Test
    void aShortRunIsListedNotRanged() {
        assertThat(IdSlices.of(List.of(3L, 4L, 5L))).containsExactly(new IdSlices.Slice(3, 5, List.of(3L, 4L, 5L)));
        assertThat(IdSlices.of(List.of())).isEmpty();
    }
}
