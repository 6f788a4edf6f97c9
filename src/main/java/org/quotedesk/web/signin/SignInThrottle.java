package org.quotedesk.web.signin;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.quotedesk.common.LogText;
import org.quotedesk.common.QuoteDeskConfig;
import org.quotedesk.web.signin.SignInCounts.Count;
import org.quotedesk.web.signin.SignInCounts.Scope;

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
 * The counts live in the database ({@link SignInCounts}), so that every instance sees them. An
 * attempt let through is counted as a failure at once, in the transaction that checked the budgets
 * with their rows locked, and given back if its password was right: simultaneous guesses, on any
 * instances, cannot slip past a budget, and an instance that dies while checking leaves a failure.
 * Within an instance, attempts on one account from one address also take turns, so that an owner's
 * right password frees the next attempt rather than using up its place. A user name longer than any
 * account's is refused without being kept.
 */
@ApplicationScoped
public class SignInThrottle {

    /** No account name is longer ({@code app_user.username}). */
    public static final int MAX_USERNAME = 100;
    /** Rows of each scope kept in the database, and lanes of attempts taking turns in memory. */
    static final int TRACKED = 10_000;
    /** Attempts waiting for their turn on one account from one address; more are refused. */
    static final int MAX_WAITING = 64;
    private static final Duration KNOWN_FOR = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(SignInThrottle.class);

    private final QuoteDeskConfig.Login config;
    private final Clock clock;
    private final SignInCounts counts;
    private final Map<String, Turns> turns = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Turns> eldest) {
            return size() > TRACKED;
        }
    };

    @Inject
    public SignInThrottle(QuoteDeskConfig config, DataSource dataSource) {
        this(config.login(), Clock.systemUTC(), dataSource);
    }

    SignInThrottle(QuoteDeskConfig.Login config, Clock clock, DataSource dataSource) {
        this.config = config;
        this.clock = clock;
        this.counts = new SignInCounts(dataSource, TRACKED);
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
        // The database is read on a worker thread: attempts come from the event loop.
        return Uni.createFrom().completionStage(previous).emitOn(Infrastructure.getDefaultWorkerPool())
                .map(ignored -> decide(account, address, pair, lane, mine));
    }

    private Attempt decide(String account, String address, String pair, Turns lane, CompletableFuture<Void> mine) {
        synchronized (this) {
            lane.waiting--;
        }
        Integer accountFailures;
        try {
            accountFailures = counts.inTransaction(clock.millis(), rows -> counted(rows, account, address, pair));
        } catch (RuntimeException e) {
            // Budgets that cannot be read are taken as spent: no password is checked unthrottled.
            LOG.warn("Sign-in refused: could not read its budgets", e);
            accountFailures = null;
        }
        if (accountFailures == null) {
            done(pair, lane, mine);
            return null;
        }
        boolean lastOfAccountsBudget = accountFailures == config.maxFailuresPerAccount();
        return new Attempt() {
            @Override
            public void succeeded() {
                offTheEventLoop(() -> {
                    try {
                        counts.inTransaction(clock.millis(), rows -> givenBack(rows, account, address, pair));
                    } catch (RuntimeException e) {
                        LOG.warn("Could not give back a right sign-in's count", e);
                    } finally {
                        done(pair, lane, mine);
                    }
                });
            }

            @Override
            public void failed() {
                if (lastOfAccountsBudget) {
                    LOG.warnf("Account %s: %d failed sign-ins within %s from several addresses; until then only"
                            + " addresses that signed in to it before may try", LogText.quoted(account),
                            config.maxFailuresPerAccount(), config.lockDuration());
                }
                done(pair, lane, mine);
            }
        };
    }

    /**
     * Null when a budget is spent; else the attempt counted as a failure in all three, and the
     * account's count, rows locked in the order {@link SignInCounts} keeps.
     */
    private Integer counted(SignInCounts.Rows rows, String account, String address, String pair)
            throws SQLException {
        long now = clock.millis();
        Count byPair = rows.locked(Scope.PAIR, pair);
        Count byAddress = rows.locked(Scope.ADDRESS, address);
        Count byAccount = rows.locked(Scope.ACCOUNT, account);
        boolean known = Count.open(rows.read(Scope.KNOWN, pair), now);
        if (Count.current(byPair, now) >= config.maxFailures()
                || Count.current(byAddress, now) >= config.maxFailuresPerAddress()
                || !known && Count.current(byAccount, now) >= config.maxFailuresPerAccount()) {
            return null;
        }
        long until = now + config.lockDuration().toMillis();
        rows.count(Scope.PAIR, pair, byPair, now, until);
        rows.count(Scope.ADDRESS, address, byAddress, now, until);
        return rows.count(Scope.ACCOUNT, account, byAccount, now, until);
    }

    /** A right password: its count given back, the pair's failures forgotten, its address known. */
    private Void givenBack(SignInCounts.Rows rows, String account, String address, String pair)
            throws SQLException {
        rows.forget(Scope.PAIR, pair);
        rows.uncount(Scope.ADDRESS, address);
        rows.uncount(Scope.ACCOUNT, account);
        rows.keep(Scope.KNOWN, pair, clock.millis() + KNOWN_FOR.toMillis());
        return null;
    }

    /** The next attempt on the pair may go; the lane goes when nobody waits on it. */
    private void done(String pair, Turns lane, CompletableFuture<Void> mine) {
        synchronized (this) {
            if (lane.waiting == 0 && lane.last == mine) {
                turns.remove(pair);
            }
        }
        mine.complete(null);
    }

    /** How late a failed sign-in is answered. */
    public Duration failureDelay() {
        return config.failureDelay();
    }

    /** Failures counted now for this account from this address. */
    int failures(String username, String address) {
        String pair = username.strip().toLowerCase(Locale.ROOT) + "\n" + address;
        return counts.inTransaction(clock.millis(), rows -> Count.current(rows.read(Scope.PAIR, pair), clock.millis()));
    }

    /** Entries kept, in the database and in memory: bounded, whatever is tried. */
    int trackedEntries() {
        int lanes;
        synchronized (this) {
            lanes = turns.size();
        }
        return counts.size() + lanes;
    }

    /** Database work waits for nothing on a worker thread, and is handed to one from the event loop. */
    private static void offTheEventLoop(Runnable work) {
        if (Infrastructure.canCallerThreadBeBlocked()) {
            work.run();
        } else {
            Infrastructure.getDefaultWorkerPool().execute(work);
        }
    }

    /** The attempts on one account from one address, one after the other. */
    private static final class Turns {
        CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
        int waiting;
    }
}
