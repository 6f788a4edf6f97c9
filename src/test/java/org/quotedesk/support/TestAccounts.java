package org.quotedesk.support;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.catalogue.account.UserAccount;

/** Accounts the tests sign in with (test sources only): an editor, and one with no role. */
@ApplicationScoped
public class TestAccounts {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "lantern-harbour-quiet-42";
    public static final String EDITOR = "test-editor";
    public static final String EDITOR_PASSWORD = "test-editor-password";
    public static final String READER = "test-reader";
    public static final String READER_PASSWORD = "test-reader-password";

    /** A new editor's account, made by the admin through the accounts page; returns its user name. */
    public static String createEditor(String prefix, String password) {
        String username = prefix + System.nanoTime();
        AdminSession.signIn(ADMIN, ADMIN_PASSWORD)
                .submit("/admin/users/new", "/admin/users", Map.of("username", username, "password", password))
                .then().statusCode(303);
        return username;
    }

    @Transactional
    void create(@Observes StartupEvent event) {
        if (UserAccount.findByUsername(EDITOR) == null) {
            UserAccount.create(EDITOR, EDITOR_PASSWORD, Roles.EDITOR);
            UserAccount.create(READER, READER_PASSWORD, "");
        }
    }
}
