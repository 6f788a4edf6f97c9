package org.quotedesk.web.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The media types a request names, read before anything else reads them: Quarkus REST threw on a
 * Content-Type that is no media type ("x") or an Accept with a q over 1 (500s), and the CSRF filter
 * compared form types in one case only.
 */
final class MediaTypes {

    static final String FORM = "application/x-www-form-urlencoded";
    private static final String TOKEN = "[A-Za-z0-9!#$&^_.+-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(TOKEN + "/" + TOKEN);
    private static final Pattern PARAMETER = Pattern.compile(TOKEN + "=(" + TOKEN + "|\"[^\"]*\")");
    private static final Pattern RANGE = Pattern.compile("(\\*|" + TOKEN + ")/(\\*|" + TOKEN + ")");
    private static final Pattern QUALITY = Pattern.compile("q=(0(\\.\\d{0,3})?|1(\\.0{0,3})?)");

    private MediaTypes() {
    }

    /** The request's media type in lower case, without parameters; null when it names none. */
    static String of(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null) {
            return null;
        }
        int params = type.indexOf(';');
        return (params < 0 ? type : type.substring(0, params)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Writes the Content-Type's media type in lower case, as HTTP means it and as filters compare
     * it ("Application/X-WWW-Form-Urlencoded" is a form too); false when it is not a media type.
     */
    static boolean normalise(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null) {
            return true;
        }
        int params = type.indexOf(';');
        String mediaType = of(request);
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
            return false;
        }
        request.headers().set(HttpHeaders.CONTENT_TYPE, params < 0 ? mediaType : mediaType + type.substring(params));
        return true;
    }

    /** Whether an Accept header is a list of media ranges with readable parameters (or absent). */
    static boolean acceptable(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            if (!RANGE.matcher(parts[0].strip()).matches() && !parts[0].isBlank()) {
                return false;
            }
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                boolean quality = parameter.regionMatches(true, 0, "q=", 0, 2);
                if (quality ? !QUALITY.matcher(parameter.toLowerCase(Locale.ROOT)).matches()
                        : !parameter.isEmpty() && !PARAMETER.matcher(parameter).matches()) {
                    return false;
                }
            }
        }
        return true;
    }
}
