package org.quotedesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.quotedesk.common.PageRequest;
import org.quotedesk.support.Seed;

/**
 * A rebuild never shows searches a half-built index: the embedded index keeps its last commit's
 * view until the rebuild commits, OpenSearch's alias moves to the new index only once it is full.
 */
@QuarkusTest
class RebuildWhileSearchingTest {

    @Inject
    IndexSynchronizer synchronizer;

    @Inject
    QuoteSearchService search;

    @Test
    void everySearchDuringRebuildsFindsEveryQuote() throws Exception {
        CompletableFuture<Void> rebuilds = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 3; i++) {
                assertThat(synchronizer.rebuild()).isEqualTo(Seed.QUOTES);
            }
        });
        List<Long> totals = new ArrayList<>();
        while (!rebuilds.isDone()) {
            totals.add(search.search(SearchCriteria.all(new PageRequest(1, 1))).total());
        }
        rebuilds.get();
        totals.add(search.search(SearchCriteria.all(new PageRequest(1, 1))).total());
        assertThat(totals).hasSizeGreaterThan(1).containsOnly((long) Seed.QUOTES);
    }
}
