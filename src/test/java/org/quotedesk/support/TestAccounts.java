package org.quotedesk.support;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.quotedesk.security.Roles;
import org.quotedesk.security.UserAccount;

/** Accounts the tests sign in with (test sources only): an editor, and one with no role. */
@ApplicationScoped
public class TestAccounts {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "lantern-harbour-quiet-42";
    public static final String EDITOR = "test-editor";
    public static final String EDITOR_PASSWORD = "test-editor-password";
    public static final String READER = "test-reader";
    public static final String READER_PASSWORD = "test-reader-password";

    @Transactional
    void create(@Observes StartupEvent event) {
        if (UserAccount.findByUsername(EDITOR) == null) {
            UserAccount.create(EDITOR, EDITOR_PASSWORD, Roles.EDITOR);
            UserAccount.create(READER, READER_PASSWORD, "");
        }
    }
}
