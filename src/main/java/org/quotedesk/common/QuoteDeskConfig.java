package org.quotedesk.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** QuoteDesk's own settings, under the {@code quotedesk.} prefix (environment: {@code QUOTEDESK_…}). */
@ConfigMapping(prefix = "quotedesk")
public interface QuoteDeskConfig {

    /** The directory holding everything the application writes: the H2 database and the search index. */
    Path dataDir();

    /**
     * Password of the {@code admin} account created at the first start (environment:
     * {@code QUOTEDESK_ADMIN_PASSWORD}); when unset, a random one is generated and logged once.
     */
    Optional<String> adminPassword();

    /**
     * Whether {@code import.sql} is loaded into an empty database at the first start (environment:
     * {@code QUOTEDESK_SEED}); false gives an empty instance, for an import of one's own.
     */
    @WithDefault("true")
    boolean seed();

    /**
     * The command the jar was started to run ({@code reset-password}, {@code copy-from-h2}), set by its
     * main: a command works on the data as it is, so it neither seeds nor creates the first account.
     */
    Optional<String> command();

    /**
     * The address people reach QuoteDesk at (environment: {@code QUOTEDESK_PUBLIC_URL}): absolute
     * links (canonical, JSON-LD, "cite this") are built from it, never from the request's
     * {@code Host}, and a request for another host is refused (loopback names always work).
     */
    @WithDefault("http://localhost:8080")
    URI publicUrl();

    /** How request bodies are read. */
    Http http();

    interface Http {

        /**
         * A body must arrive within this, plus its length at {@link #bodyMinRate()}; a slower one
         * is answered 408 and its connection closed.
         */
        @WithDefault("10S")
        Duration bodyTimeout();

        /** The slowest upload rate a body is given time for, in bytes per second. */
        @WithDefault("32K")
        MemorySize bodyMinRate();

        /** The largest NDJSON import ({@code POST /api/import}), spooled to the data directory. */
        @WithDefault("2G")
        MemorySize maxImportSize();

        /** An import that sends nothing for this long is abandoned (408). */
        @WithDefault("30S")
        Duration importIdleTimeout();
    }

    /** How failed sign-ins are slowed down and locked out. */
    Login login();

    /** What one reading of an article may cost. */
    Extraction extraction();

    /** How the candidates of imported articles are reviewed. */
    Review review();

    /** What one search may cost. */
    Search search();

    interface Search {

        /** A search that takes longer is abandoned, and answered 400 naming {@code q}. */
        @WithDefault("2S")
        Duration timeLimit();
    }

    /**
     * Where the quotes are searched in the scale build. Unset, the index is embedded Lucene in the
     * data directory, and only one instance may use the database.
     */
    OpenSearch opensearch();

    interface OpenSearch {

        /**
         * OpenSearch's address (environment: {@code QUOTEDESK_OPENSEARCH_URL}, e.g.
         * {@code http://127.0.0.1:9200}); set, every instance on the database searches there.
         */
        Optional<URI> url();

        /** The alias searches go through; the index it points to is replaced whole by a rebuild. */
        @WithDefault("quotedesk-quotes")
        String alias();

        /** Primary shards of an index created by a rebuild (fixed for that index's life). */
        @WithDefault("1")
        int shards();

        /** Copies of each shard on other nodes; a single-node cluster has none to give. */
        @WithDefault("0")
        int replicas();
    }

    interface Extraction {

        /**
         * Articles read at once for {@code POST /api/extract}; one more is refused with a 503 at
         * once rather than queued on a thread. Unset: one per two processors, at least one.
         */
        OptionalInt maxConcurrent();

        /** How long one reading may take before it is abandoned (a 503). */
        @WithDefault("5S")
        Duration timeLimit();

        /**
         * Whether the extractor reads a short article per language a few times at start, on a thread
         * of its own, so that the first long article sent is not read by a cold JVM.
         */
        @WithDefault("true")
        boolean warmUp();
    }

    interface Review {

        /**
         * The calibrated confidence under which a candidate is accepted only once the editor says
         * they checked its speaker and words: below 0.8, more than one in four was wrong on PolNeAR.
         */
        @WithDefault("0.8")
        double secondLookBelow();
    }

    interface Login {

        /** Failed sign-ins to one account from one client address before that address is refused for it. */
        @WithDefault("5")
        int maxFailures();

        /** Failed sign-ins from one client address, to any accounts, before it is refused. */
        @WithDefault("20")
        int maxFailuresPerAddress();

        /**
         * Failed sign-ins to one account from all addresses before only the addresses that signed in
         * to it before may try.
         */
        @WithDefault("100")
        int maxFailuresPerAccount();

        /** How long failures are counted, from the first: a refused address may try again after it. */
        @WithDefault("15M")
        Duration lockDuration();

        /** How late each failed sign-in is answered. */
        @WithDefault("1S")
        Duration failureDelay();
    }
}
