package org.quotedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.quotedesk.support.Editor;
import org.quotedesk.support.FsyncCounter;
import org.quotedesk.support.WritableDatabase;

/**
 * A write is on the disk when it is acknowledged: the database file is forced to the disk (fsync)
 * before the answer. Before, CHECKPOINT left it in the operating system's buffers: 0 fsyncs of
 * quotedesk.mv.db over 8 POSTs, and a power loss could lose what had been answered 201. H2's alone: on
 * PostgreSQL (the {@code pg} test profile) a commit is durable when it returns.
 */
@QuarkusTest
@DisabledIfSystemProperty(named = "quarkus.test.profile", matches = ".*\\bpg\\b.*",
        disabledReason = "H2's checkpoint; PostgreSQL's commits are its own")
@TestProfile(DurableWritesTest.CountedFsyncs.class)
class DurableWritesTest {

    public static class CountedFsyncs extends WritableDatabase {
        @Override
        public Map<String, String> getConfigOverrides() {
            FsyncCounter.register();
            Map<String, String> settings = with(Map.of());
            settings.put("quarkus.datasource.jdbc.url", "jdbc:h2:fsynccount:" + settings.get("quotedesk.data-dir")
                    + "/db/quotedesk");
            return settings;
        }
    }

    @Test
    void eachAcknowledgedWriteIsForcedToTheDisk() {
        for (int i = 0; i < 8; i++) {
            int before = FsyncCounter.forces("quotedesk.mv.db");
            Editor.createSpeaker("Durable " + i + " " + System.nanoTime(), null);
            assertThat(FsyncCounter.forces("quotedesk.mv.db")).as("fsyncs of the database by write %d", i)
                    .isGreaterThan(before);
        }
    }
}
