package org.quotedesk.web.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import org.quotedesk.common.QuoteDeskConfig;
import org.quotedesk.web.errors.ErrorResponses;

/**
 * What every request goes through first, before anything reads it or signs anyone in: it must be
 * for this site's host, its body must fit its route ({@link BodyRules}) and arrive in time, and its
 * media type is read without regard to case, as HTTP says.
 */
@ApplicationScoped
public class FrontDoor {

    /** Above CORS (300) and authentication (200): nothing has read the request yet. */
    static final int PRIORITY = 1_000;
    /** Where the request's body rule is kept for {@link BodyReader}. */
    static final String RULE = FrontDoor.class.getName() + ".rule";
    private static final String SIGN_IN = "/j_security_check";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    @Inject
    QuoteDeskConfig config;

    @Inject
    ErrorResponses errors;

    @Inject
    Vertx vertx;

    private BodyRules rules;
    private String publicHost;

    void register(@Observes Filters filters) {
        rules = new BodyRules(config.http());
        publicHost = config.publicUrl().getHost().toLowerCase(Locale.ROOT);
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!forThisSite(request)) {
            errors.send(ctx, 400, "This server answers for " + publicHost + ". If that is not the address people"
                    + " use, set QUOTEDESK_PUBLIC_URL to it.", true);
            return;
        }
        String path = ctx.normalizedPath();
        if (!MediaTypes.normalise(request)) {
            errors.send(ctx, 415, "The Content-Type is not a media type.", true);
            return;
        }
        if (!MediaTypes.acceptable(request.getHeader(HttpHeaders.ACCEPT))) {
            errors.send(ctx, 400, "The Accept header cannot be read: give media types, with q between 0 and 1.", true);
            return;
        }
        if (path.equals(SIGN_IN) && !MediaTypes.FORM.equals(MediaTypes.of(request))) {
            errors.send(ctx, 415, "Sign in with the sign-in page's form.", true);
            return;
        }
        if (AdminAddresses.isAdmin(path) && !AdminAddresses.cookieSafe(request.uri())) {
            AdminAddresses.redirectToEncoded(ctx, errors);
            return;
        }
        BodyRules.Rule rule = rules.of(request.method().name(), path);
        ctx.put(RULE, rule);
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = length == null && request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        if (chunked && !rule.spooled()) {
            errors.send(ctx, 411, "Send the body with a Content-Length.", true);
            return;
        }
        long declared;
        try {
            declared = length == null ? 0 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            errors.send(ctx, 400, "The Content-Length is not a number.", true);
            return;
        }
        if (declared > rule.limit()) {
            errors.send(ctx, 413, "The body is larger than this address takes (" + rule.limit() + " bytes).", true);
            return;
        }
        if (!request.isEnded() && (declared > 0 || chunked)) {
            watchTheBody(ctx, rule.spooled() ? config.http().importIdleTimeout().toMillis()
                    : config.http().bodyTimeout().toMillis()
                            + 1000 * declared / Math.max(1, config.http().bodyMinRate().asLongValue()));
        }
        ctx.next();
    }

    /**
     * A body that has not arrived in time is answered 408 and its connection closed: a slow client
     * holds a socket, never a thread or more memory than it sent. (An import keeps its time while
     * it is spooled: {@link ImportSpool} gives it an idle limit instead.) A body left unread when the
     * answer is sent is not read either: the connection closes.
     */
    private void watchTheBody(RoutingContext ctx, long millis) {
        long timer = vertx.setTimer(millis, fired -> {
            if (!bodyReceived(ctx) && ctx.get(ImportSpool.SPOOLING) == null) {
                errors.send(ctx, 408, "The body did not arrive in time.", true);
            }
        });
        ctx.addEndHandler(done -> {
            vertx.cancelTimer(timer);
            if (!bodyReceived(ctx)) {
                ctx.request().connection().close();
            }
        });
    }

    /**
     * Whether the whole body has arrived: read by {@link BodyReader} or {@link ImportSpool}, or by
     * the sign-in form. (A request that Quarkus REST has paused says it has not ended, however much
     * of it was read.)
     */
    private static boolean bodyReceived(RoutingContext ctx) {
        return ctx.body().buffer() != null || ctx.get(ImportSpool.SPOOLED) != null || ctx.request().isEnded();
    }

    private boolean forThisSite(HttpServerRequest request) {
        HostAndPort authority;
        try {
            authority = request.authority();
        } catch (VertxException noHost) {
            // An HTTP/1.1 request without a Host header: Vert.x refuses to make one up.
            return false;
        }
        if (authority == null) {
            return false;
        }
        String host = authority.host().toLowerCase(Locale.ROOT);
        return host.equals(publicHost) || LOOPBACK.contains(host);
    }
}
