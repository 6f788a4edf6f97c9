package org.quotedesk.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.logging.Logger;
import org.quotedesk.common.Writes;
import org.quotedesk.config.QuoteDeskConfig;

/**
 * At the first start (no account yet), creates {@code admin} with the password from
 * {@code QUOTEDESK_ADMIN_PASSWORD}, or with a random one that is printed once in the log.
 */
@ApplicationScoped
public class AdminAccountBootstrap {

    static final String ADMIN_USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(AdminAccountBootstrap.class);

    @Inject
    Writes writes;

    void onStart(@Observes StartupEvent event, QuoteDeskConfig config) {
        writes.commitDurably(() -> {
            if (UserAccount.count() == 0) {
                String password = config.adminPassword().orElse(null);
                UserAccount.create(ADMIN_USERNAME, password != null ? password : randomPassword(),
                        Roles.ADMIN + "," + Roles.EDITOR);
                if (password != null) {
                    LOG.infof("Created account '%s' with the password from QUOTEDESK_ADMIN_PASSWORD", ADMIN_USERNAME);
                }
            }
            return null;
        });
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // Printed once, at the only moment it exists in clear: the operator must note it now.
        LOG.warnf("Created account '%s' with the random password %s (QUOTEDESK_ADMIN_PASSWORD was not set):"
                + " note it now, it is not shown again", ADMIN_USERNAME, password);
        return password;
    }
}
