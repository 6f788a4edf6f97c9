package org.quotedesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.quotedesk.catalogue.account.UserAccount;
import org.quotedesk.common.ClusterLock;
import org.quotedesk.common.QuoteDeskConfig;
import org.quotedesk.support.KeyHeldElsewhere;

/**
 * Two instances starting together on an empty database: the first account waits while the other
 * creates it, and then, finding it, creates none.
 */
@QuarkusTest
class FirstAdminOnceTest {

    @Inject
    AdminAccountBootstrap bootstrap;

    @Inject
    ClusterLock lock;

    @Inject
    QuoteDeskConfig config;

    @Test
    void theFirstAdminWaitsForTheInstanceCreatingItAndIsCreatedOnce() throws Exception {
        try (KeyHeldElsewhere otherInstance = new KeyHeldElsewhere(lock, ClusterLock.Key.FIRST_ADMIN)) {
            otherInstance.holdsBack(() -> bootstrap.onStart(null, config));
        }
        QuarkusTransaction.requiringNew().run(() -> assertThat(UserAccount.count("username",
                AdminAccountBootstrap.ADMIN_USERNAME)).isEqualTo(1));
    }
}
