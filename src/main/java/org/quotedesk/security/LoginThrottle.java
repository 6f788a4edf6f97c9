package org.quotedesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.quotedesk.config.QuoteDeskConfig;

/**
 * Counts failed sign-ins per account name: each failure is answered late, and after
 * {@code quotedesk.login.max-failures} in a row the account is locked for
 * {@code quotedesk.login.lock-duration}, whatever password is tried. Kept in memory: a restart
 * forgets it, which an attacker cannot cause.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);
    /** Names tried but unknown are tracked too; beyond this many, the stalest are forgotten. */
    private static final int TRACKED_NAMES = 10_000;

    @Inject
    QuoteDeskConfig config;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    public boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.lockedUntil() != null && Instant.now().isBefore(f.lockedUntil());
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    /** Records a failure; returns how long to wait before answering it. */
    public Duration failed(String username) {
        if (failures.size() > TRACKED_NAMES) {
            forgetStale();
        }
        Failures now = failures.compute(key(username), (name, before) -> {
            int count = before == null || before.lockedUntil() != null && Instant.now().isAfter(before.lockedUntil())
                    ? 1 : before.count() + 1;
            Instant lockedUntil = count >= config.login().maxFailures()
                    ? Instant.now().plus(config.login().lockDuration()) : null;
            return new Failures(count, Instant.now(), lockedUntil);
        });
        if (now.lockedUntil() != null && now.count() == config.login().maxFailures()) {
            LOG.warnf("Account name '%s' locked until %s after %d failed sign-ins", username, now.lockedUntil(),
                    now.count());
        }
        return config.login().failureDelay();
    }

    private void forgetStale() {
        Instant limit = Instant.now().minus(config.login().lockDuration());
        failures.values().removeIf(f -> f.last().isBefore(limit));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
