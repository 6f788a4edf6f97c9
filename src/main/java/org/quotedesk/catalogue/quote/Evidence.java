package org.quotedesk.catalogue.quote;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.quotedesk.common.FieldErrors;

/**
 * What a status rests on: a link or a note. Evidence that looks like a link (one word starting with
 * a scheme, "https:", "ftp:", "javascript:") must be an http or https address with a host, and only
 * then is it shown as a link; anything else is a note, shown as text.
 */
public final class Evidence {

    private static final Pattern LINK_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S*");

    private Evidence() {
    }

    /** The statuses an editor sets on evidence: every one but back to unverified. */
    public static boolean requiredFor(QuoteStatus status) {
        return status != QuoteStatus.UNVERIFIED;
    }

    /** Adds an error on {@code field} when the evidence is link-like but not an http(s) address. */
    public static void check(String evidence, String field, FieldErrors errors) {
        if (evidence != null && LINK_LIKE.matcher(evidence.strip()).matches() && link(evidence) == null) {
            errors.add(field, "a link must be an http or https address with a host, such as"
                    + " https://example.org/recording; a note is any text with spaces");
        }
    }

    /** The evidence as an http(s) address to link to, or null when it is a note (or not such an address). */
    public static String link(String evidence) {
        if (evidence == null) {
            return null;
        }
        String value = evidence.strip();
        if (!LINK_LIKE.matcher(value).matches()) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null ? value : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
