package org.quotedesk.web.signin;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.quotedesk.common.DataDirectory;

/**
 * The key of the sign-in session cookie, kept in {@code <data-dir>/secrets/session-key}: made at the
 * first start, read at every later one, so that sessions survive a restart and several instances on
 * one data directory agree. Unset, Quarkus would make a key at each start and print it in the log,
 * from which anyone reading the log could forge an admin's cookie. The environment
 * ({@code QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY}) still overrides it: this source ranks below it.
 *
 * <p>The PostgreSQL build runs as several instances, each with a data directory of its own: a key
 * made by one would not open the sessions of the others. There the key must come from the
 * environment, the same on every instance, and a start without it fails at once.
 */
public class SessionKeySource implements ConfigSourceFactory {

    static final String KEY = "quarkus.http.auth.session.encryption-key";
    /** Below the environment (300) and application.properties (250). */
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue dbKind = context.getValue("quarkus.datasource.db-kind");
        if (dbKind != null && "postgresql".equals(dbKind.getValue())) {
            // Only when nothing gives it: a profile's value (%test) is compared with this source's too.
            ConfigValue given = context.getValue(KEY);
            return given == null || given.getValue() == null ? List.of(new Missing()) : List.of();
        }
        ConfigValue dataDir = context.getValue("quotedesk.data-dir");
        if (dataDir == null || dataDir.getValue() == null) {
            return List.of();
        }
        return List.of(new KeyFile(Path.of(dataDir.getValue())));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    /**
     * Gives the key only when it is asked for, and lists no property: the build, which records
     * listed properties as defaults, never sees the key and never touches a data directory.
     */
    private abstract static class KeyOnly implements ConfigSource {

        abstract String key();

        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public String getValue(String propertyName) {
            return KEY.equals(propertyName) ? key() : null;
        }

        @Override
        public int getOrdinal() {
            return ORDINAL;
        }
    }

    /** Asked for the key only when nothing above it has one: then the start must stop. */
    private static final class Missing extends KeyOnly {

        @Override
        String key() {
            throw new IllegalStateException("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY is not set. The PostgreSQL"
                    + " build takes the sign-in session key from it: set it to the same secret of 16 or more"
                    + " characters on every instance (e.g. openssl rand -base64 32).");
        }

        @Override
        public String getName() {
            return "QuoteDesk session key (required from the environment)";
        }
    }

    /** The key of the data directory, made the first time it is asked for. */
    private static final class KeyFile extends KeyOnly {
        private final Path dataDir;
        private volatile String key;

        KeyFile(Path dataDir) {
            this.dataDir = dataDir;
        }

        @Override
        String key() {
            if (key == null) {
                key = DataDirectory.secret(dataDir, "session-key", newKey());
            }
            return key;
        }

        @Override
        public String getName() {
            return "QuoteDesk session key (data directory)";
        }

        private static String newKey() {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        }
    }
}
