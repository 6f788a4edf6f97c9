package org.quotedesk;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.SQLException;
import org.quotedesk.accounts.PasswordReset;
import org.quotedesk.common.DatabaseKind;
import org.quotedesk.importing.DatabaseCopy;
import org.quotedesk.search.IndexSynchronizer;

/**
 * {@code java -jar quarkus-run.jar} runs QuoteDesk; with arguments, it runs a command on the data
 * directory instead, without listening for HTTP: {@code reset-password <user>}, {@code rebuild-index},
 * and in the PostgreSQL build {@code copy-from-h2 <data-dir>}. A command neither seeds the database nor creates the first
 * account ({@code quotedesk.command}).
 */
@QuarkusMain
public class QuoteDeskMain implements QuarkusApplication {

    @Inject
    PasswordReset passwordReset;

    @Inject
    DatabaseCopy databaseCopy;

    @Inject
    DatabaseKind database;

    @Inject
    IndexSynchronizer index;

    public static void main(String... args) {
        if (args.length > 0) {
            // A command serves nobody over HTTP, and must not take the port of a running instance.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quotedesk.command", args[0]);
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
        if (args.length == 2 && args[0].equals("copy-from-h2")) {
            return copyFromH2(Path.of(args[1]));
        }
        if (args.length == 1 && args[0].equals("rebuild-index")) {
            System.out.printf("Rebuilt the search index: %,d quotes%n", index.rebuild());
            return 0;
        }
        System.err.println("Usage: java -jar quarkus-run.jar [reset-password <user> | rebuild-index"
                + " | copy-from-h2 <data-dir>]");
        return 2;
    }

    private int copyFromH2(Path dataDir) {
        if (database.isEmbeddedH2()) {
            System.err.println("copy-from-h2 copies into PostgreSQL: run it with the PostgreSQL build"
                    + " (./mvnw package -Dquarkus.profile=pg), QUARKUS_PROFILE=pg and QUARKUS_DATASOURCE_JDBC_URL.");
            return 2;
        }
        try {
            databaseCopy.copyFrom(dataDir).forEach((table, rows) -> System.out.printf("%-18s %,12d rows%n", table, rows));
        } catch (SQLException | RuntimeException e) {
            System.err.println("Nothing was copied: " + e.getMessage());
            return 1;
        }
        System.out.println("Copied. Start this build on the same database: it builds its search index from the"
                + " records.");
        return 0;
    }
}
