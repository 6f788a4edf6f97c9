package org.quotedesk.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.quotedesk.common.DataDirectory;
import org.quotedesk.common.QuoteDeskConfig;
import org.quotedesk.common.ResourceNotFoundException;

/**
 * The command for a forgotten password ({@code reset-password <user>}, QuoteDesk stopped): a new
 * random password, written to {@code <data-dir>/secrets/new-password-<user>} for its owner only;
 * the account's sessions end, and it is enabled again if it was not.
 */
@ApplicationScoped
public class PasswordReset {

    @Inject
    UserService users;

    @Inject
    QuoteDeskConfig config;

    /** The command's exit status: 0 when the password was reset. */
    public int run(String username) {
        String password = AdminAccountBootstrap.randomPassword();
        try {
            users.resetForgotten(username, password);
        } catch (ResourceNotFoundException e) {
            System.err.println("There is no account '" + username + "'.");
            return 1;
        }
        Path file = DataDirectory.replaceSecret(config.dataDir(), "new-password-" + username, password);
        System.out.println("The new password of '" + username + "' is in " + file.toAbsolutePath().normalize()
                + " (readable by this user only). Sign in with it, change it on your account page, then delete"
                + " the file.");
        return 0;
    }
}
