package org.quotedesk;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import org.quotedesk.accounts.PasswordReset;

/**
 * {@code java -jar quarkus-run.jar} runs QuoteDesk; with arguments, it runs a command on the data
 * directory instead, without listening for HTTP: {@code reset-password <user>}.
 */
@QuarkusMain
public class QuoteDeskMain implements QuarkusApplication {

    @Inject
    PasswordReset passwordReset;

    public static void main(String... args) {
        if (args.length > 0) {
            // A command serves nobody over HTTP, and must not take the port of a running instance.
            System.setProperty("quarkus.http.host-enabled", "false");
        }
        Quarkus.run(QuoteDeskMain.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (args.length == 2 && args[0].equals("reset-password")) {
            return passwordReset.run(args[1]);
        }
        System.err.println("Usage: java -jar quarkus-run.jar [reset-password <user>]");
        return 2;
    }
}
