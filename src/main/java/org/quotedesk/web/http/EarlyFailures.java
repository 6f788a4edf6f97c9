package org.quotedesk.web.http;

import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.quotedesk.web.errors.ErrorResponses;

/**
 * Failures before a resource runs, in Vert.x's handlers. A request whose client went away, or that
 * was answered already (a body cut off with a 408), is only noted at DEBUG: 250 slow uploads made
 * 250 error lines. An HTTP/1.1 request without a Host header is a 400 problem (it was Quarkus's
 * default error body, logged at ERROR).
 */
@ApplicationScoped
public class EarlyFailures {

    private static final Logger LOG = Logger.getLogger(EarlyFailures.class);

    @Inject
    ErrorResponses errors;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof HttpClosedException || ctx.response().ended() || ctx.response().closed()) {
            LOG.debugf("%s %s ended early: %s", ctx.request().method(), ctx.normalizedPath(), failure);
            return;
        }
        if (failure instanceof VertxException && String.valueOf(failure.getMessage()).contains("'Host' header")) {
            errors.send(ctx, 400, "A request must name its host (the Host header).", true);
            return;
        }
        // Everything else, sign-in failures first, is Quarkus's to answer: they redirect to the sign-in page.
        ctx.next();
    }
}
