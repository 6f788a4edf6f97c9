package org.quotedesk.web.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import org.quotedesk.web.errors.ErrorResponses;

/**
 * Addresses of the admin pages that the sign-in cannot remember. Before sending someone signed out
 * to the sign-in page, Quarkus keeps the address they asked for in a cookie, and a cookie cannot hold
 * {@code ;}, {@code ,}, {@code "}, {@code \}, spaces or control characters: Quarkus then never
 * answered ({@code /admin;x=1}, {@code /admin/quotes?q=a,b}). Such an address is first redirected to
 * the same one with those characters percent-encoded, which means the same to every page.
 */
final class AdminAddresses {

    private static final String HEX = "0123456789ABCDEF";

    private AdminAddresses() {
    }

    static boolean isAdmin(String path) {
        return path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/admin;");
    }

    /** Whether every character of the address may stand in a cookie's value (RFC 6265, cookie-octet). */
    static boolean cookieSafe(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            if (!cookieOctet(uri.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static void redirectToEncoded(RoutingContext ctx, ErrorResponses errors) {
        HttpMethod method = ctx.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            errors.send(ctx, 400, "This address holds characters it must not: percent-encode them.", true);
            return;
        }
        ctx.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, encoded(ctx.request().uri())).end();
    }

    static String encoded(String uri) {
        StringBuilder safe = new StringBuilder(uri.length() + 16);
        uri.codePoints().forEach(c -> {
            if (c < 0x80 && cookieOctet((char) c)) {
                safe.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    safe.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
                }
            }
        });
        return safe.toString();
    }

    private static boolean cookieOctet(char c) {
        return c == 0x21 || c >= 0x23 && c <= 0x2B || c >= 0x2D && c <= 0x3A || c >= 0x3C && c <= 0x5B
                || c >= 0x5D && c <= 0x7E;
    }
}
