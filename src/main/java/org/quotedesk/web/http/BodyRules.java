package org.quotedesk.web.http;

import java.util.List;
import java.util.regex.Pattern;
import org.quotedesk.common.QuoteDeskConfig;

/**
 * How large a request body each route takes, and whether it is kept in memory or spooled to disk.
 * Each limit is what the largest valid request needs, with room for its encoding: a form's text can
 * take 9 bytes a character (a 3-byte character, percent-encoded), a JSON string 6 (\\uXXXX).
 */
public final class BodyRules {

    /** A route's body: at most {@code limit} bytes, kept in memory unless {@code spooled}. */
    public record Rule(long limit, boolean spooled) {
    }

    private record Route(Pattern methods, Pattern path, Rule rule) {
    }

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;
    private static final Pattern POST = Pattern.compile("POST");
    private static final Pattern WRITE = Pattern.compile("POST|PUT|PATCH");

    private final List<Route> routes;
    private final Rule otherWrites = new Rule(256 * KB, false);
    private final Rule anythingElse = new Rule(64 * KB, false);

    public BodyRules(QuoteDeskConfig.Http config) {
        routes = List.of(
                // NDJSON, streamed to a file: the only large body, and it needs an editor's account.
                new Route(POST, Pattern.compile("/api/import"), new Rule(config.maxImportSize().asLongValue(), true)),
                // A user name (100 characters) and a password (72 bytes), form-encoded.
                new Route(POST, Pattern.compile("/j_security_check"), new Rule(8 * KB, false)),
                // An article of 200,000 characters as JSON.
                new Route(POST, Pattern.compile("/api/extract"), new Rule(2 * MB, false)),
                // A quote to check: 2,000 characters of text and 200 of a name, as JSON.
                new Route(POST, Pattern.compile("/api/check"), new Rule(16 * KB, false)),
                // A source's text of 1,000,000 characters as JSON, or from the admin form.
                new Route(WRITE, Pattern.compile("/api/sources(/\\d+)?"), new Rule(8 * MB, false)),
                new Route(POST, Pattern.compile("/admin/sources(/\\d+)?"), new Rule(12 * MB, false)),
                // An article of 200,000 characters from the import form.
                new Route(POST, Pattern.compile("/admin/articles"), new Rule(4 * MB, false)));
    }

    /** The rule for a request: its route's, or a small limit for every other write and request. */
    public Rule of(String method, String path) {
        for (Route route : routes) {
            if (route.methods().matcher(method).matches() && route.path().matcher(path).matches()) {
                return route.rule();
            }
        }
        return WRITE.matcher(method).matches() ? otherWrites : anythingElse;
    }
}
