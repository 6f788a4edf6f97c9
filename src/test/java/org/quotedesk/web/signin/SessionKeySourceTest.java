package org.quotedesk.web.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the session key comes from: the data directory on H2, only the environment on PostgreSQL. */
class SessionKeySourceTest {

    private static final String FROM_ENVIRONMENT = "an operator's key, the same on every instance";

    @TempDir
    Path dataDir;

    @Test
    void onH2TheKeyIsMadeInTheDataDirectory() throws Exception {
        String key = config("h2", null).getValue(SessionKeySource.KEY, String.class);
        assertThat(Files.readString(dataDir.resolve("secrets/session-key")).strip()).isEqualTo(key);
    }

    /** Before, each PostgreSQL instance made a key of its own: a session opened on one was unknown to the others. */
    @Test
    void onPostgreSQLAStartWithoutTheKeyFailsSayingWhichVariableToSet() {
        Throwable missing = catchThrowable(() -> config("postgresql", null).getOptionalValue(SessionKeySource.KEY,
                String.class));
        assertThat(missing).hasMessageContaining("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY is not set");
        assertThat(dataDir.resolve("secrets")).doesNotExist();
    }

    @Test
    void onPostgreSQLTheEnvironmentsKeyIsTaken() {
        assertThat(config("postgresql", FROM_ENVIRONMENT).getValue(SessionKeySource.KEY, String.class))
                .isEqualTo(FROM_ENVIRONMENT);
        assertThat(dataDir.resolve("secrets")).doesNotExist();
    }

    private SmallRyeConfig config(String dbKind, String environmentKey) {
        Map<String, String> properties = new HashMap<>(Map.of("quarkus.datasource.db-kind", dbKind,
                "quotedesk.data-dir", dataDir.toString()));
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withSources(new SessionKeySource());
        if (environmentKey != null) {
            builder.withSources(new PropertiesConfigSource(Map.of(SessionKeySource.KEY, environmentKey), "environment",
                    300));
        }
        return builder.build();
    }
}
