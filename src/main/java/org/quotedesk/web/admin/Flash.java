package org.quotedesk.web.admin;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.web.view.Links;

/**
 * A message for the page after a redirect ("Quote saved."): set in a short-lived cookie with the
 * redirect, shown once by the next page ({@code inject:flash.message}), then cleared.
 */
@Named("flash")
@RequestScoped
public class Flash {

    static final String COOKIE = "quotedesk-flash";

    @Inject
    HttpServerRequest request;

    @Inject
    HttpServerResponse response;

    private String message;
    private boolean read;

    /** Post/redirect/get: a 303 to the page to show, carrying the message. */
    public static <T> RestResponse<T> redirect(String location, String message) {
        NewCookie cookie = new NewCookie.Builder(COOKIE)
                .value(URLEncoder.encode(message, StandardCharsets.UTF_8))
                .path(Links.ADMIN).httpOnly(true).sameSite(NewCookie.SameSite.STRICT).maxAge(60)
                .build();
        return RestResponse.ResponseBuilder.<T>seeOther(URI.create(location)).cookie(cookie).build();
    }

    /** The message as set, or none when the cookie was not one this class set (hand-made, cut short). */
    private static String decoded(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    public String message() {
        if (!read) {
            read = true;
            Cookie cookie = request.getCookie(COOKIE);
            if (cookie != null) {
                message = decoded(cookie.getValue());
                response.addCookie(Cookie.cookie(COOKIE, "").setPath(Links.ADMIN).setMaxAge(0).setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT));
            }
        }
        return message;
    }
}
