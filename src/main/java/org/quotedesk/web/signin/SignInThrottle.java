package org.quotedesk.web.signin;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.quotedesk.common.LogText;
import org.quotedesk.common.QuoteDeskConfig;

/**
 * Limits password guessing with three budgets of failed sign-ins per {@code lock-duration}:
 * <ul>
 * <li>per account and client address ({@code max-failures}, 5): an address that guesses an account's
 * password is refused for that account; its owner, elsewhere, is not;</li>
 * <li>per client address ({@code max-failures-per-address}, 20): one address trying many accounts;</li>
 * <li>per account from all addresses ({@code max-failures-per-account}, 100): a guess spread over many
 * addresses. Then only addresses that signed in to the account before (in the last 30 days) may try
 * it, so that its owner is not locked out by strangers.</li>
 * </ul>
 * Attempts on one account from one address take turns, and attempts being checked count against
 * the other two budgets until they are decided: simultaneous guesses cannot slip past a budget.
 * Kept in memory, each table bounded (the stalest entries go first); a user name longer than any
 * account's is refused without being kept.
 */
@ApplicationScoped
public class SignInThrottle {

    /** No account name is longer ({@code app_user.username}). */
    public static final int MAX_USERNAME = 100;
    static final int TRACKED = 10_000;
    /** Attempts waiting for their turn on one account from one address; more are refused. */
    static final int MAX_WAITING = 64;
    private static final Duration KNOWN_FOR = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(SignInThrottle.class);

    private final QuoteDeskConfig.Login config;
    private final Clock clock;
    private final Window<String> byAccountAndAddress;
    private final Window<String> byAddress;
    private final Window<String> byAccount;
    private final Bounded<String, Instant> knownAddresses = new Bounded<>(TRACKED);
    private final Bounded<String, Turns> turns = new Bounded<>(TRACKED);

    @Inject
    public SignInThrottle(QuoteDeskConfig config) {
        this(config.login(), Clock.systemUTC());
    }

    SignInThrottle(QuoteDeskConfig.Login config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.byAccountAndAddress = new Window<>(config.maxFailures());
        this.byAddress = new Window<>(config.maxFailuresPerAddress());
        this.byAccount = new Window<>(config.maxFailuresPerAccount());
    }

    /** A sign-in allowed to check its password: it must say how that went, exactly once. */
    public interface Attempt {
        void succeeded();

        void failed();
    }

    /**
     * An attempt to sign in as {@code username} from {@code address}, once the attempts before it
     * on that account from that address are decided: null when a budget is spent, and then its
     * password is not to be checked.
     */
    public Uni<Attempt> attempt(String username, String address) {
        if (username == null || username.length() > MAX_USERNAME) {
            return Uni.createFrom().nullItem();
        }
        String account = username.strip().toLowerCase(Locale.ROOT);
        String pair = account + "\n" + address;
        CompletableFuture<Void> previous;
        CompletableFuture<Void> mine = new CompletableFuture<>();
        Turns lane;
        synchronized (this) {
            lane = turns.computeIfAbsent(pair, key -> new Turns());
            if (lane.waiting >= MAX_WAITING) {
                return Uni.createFrom().nullItem();
            }
            lane.waiting++;
            previous = lane.last;
            lane.last = mine;
        }
        return Uni.createFrom().completionStage(previous).map(ignored -> decide(account, address, pair, lane, mine));
    }

    private synchronized Attempt decide(String account, String address, String pair, Turns lane,
            CompletableFuture<Void> mine) {
        lane.waiting--;
        Instant now = clock.instant();
        boolean known = knownAddresses.containsFresh(pair, now.minus(KNOWN_FOR));
        if (byAccountAndAddress.spent(pair, now, 0) || byAddress.spent(address, now, byAddress.checking(address))
                || !known && byAccount.spent(account, now, byAccount.checking(account))) {
            done(pair, lane, mine);
            return null;
        }
        byAddress.check(address);
        byAccount.check(account);
        return new Attempt() {
            @Override
            public void succeeded() {
                synchronized (SignInThrottle.this) {
                    byAddress.decided(address);
                    byAccount.decided(account);
                    byAccountAndAddress.forget(pair);
                    knownAddresses.put(pair, clock.instant());
                    done(pair, lane, mine);
                }
            }

            @Override
            public void failed() {
                synchronized (SignInThrottle.this) {
                    Instant at = clock.instant();
                    byAddress.decided(address);
                    byAccount.decided(account);
                    byAccountAndAddress.count(pair, at);
                    byAddress.count(address, at);
                    if (byAccount.count(account, at) == config.maxFailuresPerAccount()) {
                        LOG.warnf("Account %s: %d failed sign-ins within %s from several addresses; until then only"
                                + " addresses that signed in to it before may try", LogText.quoted(account),
                                config.maxFailuresPerAccount(), config.lockDuration());
                    }
                    done(pair, lane, mine);
                }
            }
        };
    }

    /** The next attempt on the pair may go; the lane goes when nobody waits on it. */
    private void done(String pair, Turns lane, CompletableFuture<Void> mine) {
        if (lane.waiting == 0 && lane.last == mine) {
            turns.remove(pair);
        }
        mine.complete(null);
    }

    /** How late a failed sign-in is answered. */
    public Duration failureDelay() {
        return config.failureDelay();
    }

    /** Failures counted now for this account from this address. */
    synchronized int failures(String username, String address) {
        return byAccountAndAddress.current(username.strip().toLowerCase(Locale.ROOT) + "\n" + address,
                clock.instant());
    }

    /** Entries kept in all the tables: bounded, whatever is tried. */
    synchronized int trackedEntries() {
        return byAccountAndAddress.size() + byAddress.size() + byAccount.size() + knownAddresses.size()
                + turns.size();
    }

    /** The attempts on one account from one address, one after the other. */
    private static final class Turns {
        CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
        int waiting;
    }

    /** Failures per key within {@code lock-duration} of the first, and attempts being checked. */
    private final class Window<K> {
        private final int limit;
        private final Bounded<K, Failures> failures = new Bounded<>(TRACKED);
        private final Map<K, Integer> checking = new LinkedHashMap<>();

        Window(int limit) {
            this.limit = limit;
        }

        boolean spent(K key, Instant now, int inFlight) {
            return current(key, now) + inFlight >= limit;
        }

        void check(K key) {
            checking.merge(key, 1, Integer::sum);
        }

        int checking(K key) {
            return checking.getOrDefault(key, 0);
        }

        void decided(K key) {
            checking.computeIfPresent(key, (k, n) -> n > 1 ? n - 1 : null);
        }

        int count(K key, Instant now) {
            Failures f = failures.get(key);
            if (f == null || f.since.plus(config.lockDuration()).isBefore(now)) {
                f = new Failures(now);
                failures.put(key, f);
            }
            return ++f.count;
        }

        void forget(K key) {
            failures.remove(key);
        }

        int size() {
            return failures.size() + checking.size();
        }

        int current(K key, Instant now) {
            Failures f = failures.get(key);
            return f == null || f.since.plus(config.lockDuration()).isBefore(now) ? 0 : f.count;
        }
    }

    private static final class Failures {
        final Instant since;
        int count;

        Failures(Instant since) {
            this.since = since;
        }
    }

    /** A map of at most {@code capacity} entries, dropping the least recently used. */
    private static final class Bounded<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;

        Bounded(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        boolean containsFresh(K key, Instant after) {
            V value = get(key);
            return value instanceof Instant at && at.isAfter(after);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
        }
    }
}
