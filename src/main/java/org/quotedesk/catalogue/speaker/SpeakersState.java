package org.quotedesk.catalogue.speaker;

import java.time.Instant;

/**
 * How many speakers there are, the sums of their ids and versions, and their latest change: a copy
 * of the speakers made when these were the same is still the same. A created speaker raises the
 * count and the latest change, a deleted one lowers the count and the sum of ids, an edited one the
 * sum of versions.
 */
public record SpeakersState(long count, long idSum, long versionSum, Instant lastChange) {
}
