package org.quotedesk.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotedesk.common.QuoteDeskConfig;

/**
 * The three budgets of failed sign-ins, counted before the password is checked, in the database of
 * the run (H2, or PostgreSQL on the pg run).
 */
@QuarkusTest
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private SignInThrottle throttle;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void noCountsYet() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement delete = connection.createStatement()) {
            delete.execute("delete from sign_in_throttle");
        }
        throttle = new SignInThrottle(new Login(), clock, dataSource);
    }

    /** Before, 150 simultaneous guesses checked 106 passwords, and a burst of 40 let the right one in. */
    @Test
    void simultaneousGuessesGetNoMoreChecksThanTheBudget() throws Exception {
        assertThat(checkedAmongSimultaneousGuesses(150, i -> throttle)).isEqualTo(5);
    }

    /** Before, each instance kept counts of its own: two instances behind a balancer checked ten guesses. */
    @Test
    void instancesSharingTheDatabaseShareTheBudgets() throws Exception {
        SignInThrottle other = new SignInThrottle(new Login(), clock, dataSource);
        assertThat(checkedAmongSimultaneousGuesses(60, i -> i % 2 == 0 ? throttle : other)).isEqualTo(5);
        assertThat(other.failures("admin", "203.0.113.9")).isEqualTo(5);
    }

    /** A budget that cannot be read lets no password be checked unthrottled. */
    @Test
    void withoutItsDatabaseEveryAttemptIsRefused() {
        DataSource unreachable = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("unreachable", "08001");
                });
        assertThat(new SignInThrottle(new Login(), clock, unreachable).attempt("admin", "203.0.113.9").await()
                .indefinitely()).isNull();
    }

    /** Before, anyone could keep admin locked out by failing five times every 15 minutes. */
    @Test
    void anAddressThatFailsIsRefusedButTheOwnerElsewhereIsNot() {
        failFromAddress("admin", "203.0.113.9", 5);
        assertThat(attempt("admin", "203.0.113.9")).isNull();
        SignInThrottle.Attempt owner = attempt("admin", "198.51.100.7");
        assertThat(owner).isNotNull();
        owner.succeeded();
        clock.advance(Duration.ofMinutes(16));
        assertThat(attempt("admin", "203.0.113.9")).as("after the lock duration").isNotNull();
    }

    @Test
    void oneAddressTryingManyAccountsIsRefused() {
        for (int i = 0; i < 20; i++) {
            attempt("user" + i, "203.0.113.9").failed();
        }
        assertThat(attempt("someone-else", "203.0.113.9")).isNull();
        assertThat(attempt("someone-else", "203.0.113.10")).isNotNull();
    }

    /** A guess spread over many addresses: only addresses the account signed in from may go on trying. */
    @Test
    void aGuessSpreadOverManyAddressesLeavesTheOwnersKnownAddressIn() {
        attempt("editor", "198.51.100.7").succeeded();
        for (int i = 0; i < 100; i++) {
            attempt("editor", "10.0." + i / 250 + "." + i % 250).failed();
        }
        assertThat(attempt("editor", "10.9.9.9")).as("a new address").isNull();
        assertThat(attempt("editor", "198.51.100.7")).as("the owner's address").isNotNull();
    }

    /** API clients sign in with every request (HTTP Basic): their successes use up nothing. */
    @Test
    void successesSpendNoBudget() {
        for (int i = 0; i < 500; i++) {
            attempt("editor", "198.51.100.7").succeeded();
        }
        assertThat(throttle.failures("editor", "198.51.100.7")).isZero();
        failFromAddress("editor", "198.51.100.7", 4);
        assertThat(attempt("editor", "198.51.100.7")).isNotNull();
    }

    /** Before, 300 failed sign-ins with 4 MB names kept 1.2 GB of heap, for good. */
    @Test
    void itsMemoryIsBoundedWhateverIsTried() {
        assertThat(attempt("x".repeat(SignInThrottle.MAX_USERNAME + 1), "203.0.113.9")).isNull();
        for (int i = 0; i < 3 * SignInThrottle.TRACKED; i++) {
            attempt("name" + i, "10." + (i >> 16) + "." + (i >> 8 & 255) + "." + (i & 255)).failed();
        }
        assertThat(throttle.trackedEntries()).isLessThanOrEqualTo(5 * SignInThrottle.TRACKED);
    }

    /** Wrong passwords for admin from one address, all at once, each tried through the given instance. */
    private static int checkedAmongSimultaneousGuesses(int guesses, IntFunction<SignInThrottle> instance)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger checked = new AtomicInteger();
        List<Future<?>> attempts = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            SignInThrottle throttle = instance.apply(i);
            attempts.add(pool.submit(() -> {
                start.await();
                SignInThrottle.Attempt attempt = throttle.attempt("admin", "203.0.113.9").await().indefinitely();
                if (attempt != null) {
                    checked.incrementAndGet();
                    Thread.sleep(2);
                    attempt.failed();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> attempt : attempts) {
            attempt.get();
        }
        pool.shutdown();
        return checked.get();
    }

    private SignInThrottle.Attempt attempt(String username, String address) {
        return throttle.attempt(username, address).await().indefinitely();
    }

    private void failFromAddress(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            attempt(username, address).failed();
        }
    }

    private static final class Login implements QuoteDeskConfig.Login {
        @Override
        public int maxFailures() {
            return 5;
        }

        @Override
        public int maxFailuresPerAddress() {
            return 20;
        }

        @Override
        public int maxFailuresPerAccount() {
            return 100;
        }

        @Override
        public Duration lockDuration() {
            return Duration.ofMinutes(15);
        }

        @Override
        public Duration failureDelay() {
            return Duration.ofSeconds(1);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
