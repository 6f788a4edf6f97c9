package org.quotedesk.web.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * User names and passwords checked lately, so that a program sending the same HTTP Basic
 * credentials with every request is not checked with bcrypt (about 70 ms of a processor) every
 * time, nor waits its turn behind its own requests in the {@link SignInThrottle}. Each is kept as a
 * keyed hash (the key lives in this process only) with the stored password hash it matched: once
 * the account's password changes, it matches no more. At most {@link #KEPT} entries, for
 * {@link #FOR} each.
 */
@ApplicationScoped
public class VerifiedPasswords {

    static final int KEPT = 10_000;
    static final Duration FOR = Duration.ofMinutes(10);
    private static final String HMAC = "HmacSHA256";

    private record Checked(String storedHash, Instant at) {
    }

    private final Clock clock = Clock.systemUTC();
    private final SecretKeySpec key;
    private final Map<String, Checked> checked = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Checked> eldest) {
            return size() > KEPT;
        }
    };

    public VerifiedPasswords() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        key = new SecretKeySpec(bytes, HMAC);
    }

    /** What a user name and password are remembered by: never the password itself. */
    String fingerprint(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored password hash these credentials matched lately, or null. */
    synchronized String matched(String fingerprint) {
        Checked c = checked.get(fingerprint);
        if (c == null || c.at().plus(FOR).isBefore(clock.instant())) {
            checked.remove(fingerprint);
            return null;
        }
        return c.storedHash();
    }

    synchronized void remember(String fingerprint, String storedHash) {
        checked.put(fingerprint, new Checked(storedHash, clock.instant()));
    }

    synchronized void forget(String fingerprint) {
        checked.remove(fingerprint);
    }
}
