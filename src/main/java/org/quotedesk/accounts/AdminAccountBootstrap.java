package org.quotedesk.accounts;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.catalogue.account.UserAccount;
import org.quotedesk.common.ClusterLock;
import org.quotedesk.common.DataDirectory;
import org.quotedesk.common.QuoteDeskConfig;
import org.quotedesk.common.Writes;

/**
 * At the first start (no account yet), creates {@code admin} with the password from
 * {@code QUOTEDESK_ADMIN_PASSWORD}, which must meet the {@link PasswordPolicy}, or with a random one
 * written to {@code <data-dir>/secrets/initial-admin-password}, readable by its owner only. Neither
 * is ever written to the log: only where the file is. Instances starting together take turns
 * ({@link ClusterLock}): the later one finds the account and creates none.
 */
@ApplicationScoped
public class AdminAccountBootstrap {

    static final String ADMIN_USERNAME = "admin";
    static final String PASSWORD_FILE = "initial-admin-password";
    private static final Logger LOG = Logger.getLogger(AdminAccountBootstrap.class);

    @Inject
    Writes writes;

    @Inject
    ClusterLock clusterLock;

    void onStart(@Observes StartupEvent event, QuoteDeskConfig config) {
        if (config.command().isPresent()) {
            return;
        }
        Optional<String> given = config.adminPassword();
        given.flatMap(password -> PasswordPolicy.problem(password, ADMIN_USERNAME)).ifPresent(problem -> {
            throw new IllegalStateException("QUOTEDESK_ADMIN_PASSWORD " + problem + ". Choose another one.");
        });
        clusterLock.holding(ClusterLock.Key.FIRST_ADMIN, () -> writes.commitDurably(() -> {
            if (UserAccount.count() == 0) {
                String password = given.orElseGet(() -> writtenDown(config.dataDir()));
                UserAccount.create(ADMIN_USERNAME, password, Roles.ADMIN + "," + Roles.EDITOR);
                LOG.infof("Created account '%s' with the password %s", ADMIN_USERNAME, given.isPresent()
                        ? "from QUOTEDESK_ADMIN_PASSWORD"
                        : "in " + config.dataDir().resolve("secrets").resolve(PASSWORD_FILE).toAbsolutePath().normalize()
                                + " (readable by this user only): sign in, change it, then delete the file");
            }
            return null;
        }));
    }

    private static String writtenDown(Path dataDir) {
        String password = randomPassword();
        DataDirectory.replaceSecret(dataDir, PASSWORD_FILE, password);
        return password;
    }

    /** 24 random characters from 18 random bytes: 144 bits, and within bcrypt's 72 bytes. */
    static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
