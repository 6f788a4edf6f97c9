package org.quotedesk.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import org.quotedesk.config.QuoteDeskConfig;
import org.quotedesk.error.ErrorResponses;

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
        if (!forThisSite(request.authority())) {
            errors.send(ctx, 400, "This server answers for " + publicHost + ". If that is not the address people"
                    + " use, set QUOTEDESK_PUBLIC_URL to it.", true);
            return;
        }
        normaliseMediaType(request);
        String path = ctx.normalizedPath();
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
        HttpServerRequest request = ctx.request();
        long timer = vertx.setTimer(millis, fired -> {
            if (!request.isEnded() && ctx.get(ImportSpool.SPOOLING) == null) {
                errors.send(ctx, 408, "The body did not arrive in time.", true);
            }
        });
        ctx.addEndHandler(done -> {
            vertx.cancelTimer(timer);
            if (!request.isEnded()) {
                request.connection().close();
            }
        });
    }

    private boolean forThisSite(HostAndPort authority) {
        if (authority == null) {
            return false;
        }
        String host = authority.host().toLowerCase(Locale.ROOT);
        return host.equals(publicHost) || LOOPBACK.contains(host);
    }

    /** "Application/X-WWW-Form-Urlencoded" is a form too: written in lower case, as filters compare it. */
    private static void normaliseMediaType(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null) {
            return;
        }
        int params = type.indexOf(';');
        String mediaType = params < 0 ? type : type.substring(0, params);
        String lower = mediaType.strip().toLowerCase(Locale.ROOT);
        if (!lower.equals(mediaType)) {
            request.headers().set(HttpHeaders.CONTENT_TYPE, params < 0 ? lower : lower + type.substring(params));
        }
    }
}
