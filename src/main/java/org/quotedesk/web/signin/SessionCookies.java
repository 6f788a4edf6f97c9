package org.quotedesk.web.signin;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quotedesk.catalogue.account.UserAccount;

/**
 * The cookie that ties a signed-in browser to its account's session epoch ({@link UserAccount}).
 * Quarkus's own session cookie only says who signed in and until when, and stays valid until then
 * whatever happens; this one is signed with the session key and names the epoch it was issued in,
 * so that moving the epoch on ends every session of the account at once.
 */
@ApplicationScoped
public class SessionCookies {

    static final String NAME = "quotedesk-session";
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    @Inject
    public SessionCookies(@ConfigProperty(name = SessionKeySource.KEY) String sessionKey) {
        try {
            // A key of its own, derived from the session key: the two are never used for the same thing.
            Mac derive = Mac.getInstance(HMAC);
            derive.init(new SecretKeySpec(sessionKey.getBytes(StandardCharsets.UTF_8), HMAC));
            key = new SecretKeySpec(derive.doFinal("quotedesk session epoch".getBytes(StandardCharsets.UTF_8)), HMAC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a session of this account in this browser, in the account's current epoch. */
    public void issue(RoutingContext ctx, String username, int epoch) {
        ctx.response().addCookie(Cookie.cookie(NAME, value(username, epoch)).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(ctx.request().isSSL()));
    }

    /** Whether this browser's session is of this account, in its current epoch. */
    boolean valid(RoutingContext ctx, String username, int epoch) {
        Cookie cookie = ctx.request().getCookie(NAME);
        return cookie != null && MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.US_ASCII),
                value(username, epoch).getBytes(StandardCharsets.US_ASCII));
    }

    public static void clear(RoutingContext ctx) {
        ctx.response().addCookie(Cookie.cookie(NAME, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT));
    }

    private String value(String username, int epoch) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String signed = base64.encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "." + epoch;
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return signed + "." + base64.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
