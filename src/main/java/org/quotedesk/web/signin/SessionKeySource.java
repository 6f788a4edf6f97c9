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
 */
public class SessionKeySource implements ConfigSourceFactory {

    static final String KEY = "quarkus.http.auth.session.encryption-key";
    /** Below the environment (300) and application.properties (250). */
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
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
     * Reads (or makes) the key only when it is asked for, and lists no property: the build, which
     * records listed properties as defaults, never sees the key and never touches a data directory.
     */
    private static final class KeyFile implements ConfigSource {
        private final Path dataDir;
        private volatile String key;

        KeyFile(Path dataDir) {
            this.dataDir = dataDir;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public String getValue(String propertyName) {
            if (!KEY.equals(propertyName)) {
                return null;
            }
            if (key == null) {
                key = DataDirectory.secret(dataDir, "session-key", newKey());
            }
            return key;
        }

        @Override
        public int getOrdinal() {
            return ORDINAL;
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
