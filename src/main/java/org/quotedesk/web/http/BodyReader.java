package org.quotedesk.web.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads each request's body on the event loop before a resource runs: Quarkus REST would otherwise
 * read a body over 10 KB on a worker thread, and 200 slow uploads held all 200 of them. A body to
 * spool (the import) goes to {@link ImportSpool} instead.
 */
@ApplicationScoped
public class BodyReader {

    /** After authorization (100): a page that needs an account is refused before its body is read. */
    static final int PRIORITY = 50;
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    @Inject
    ImportSpool spool;

    private final Map<Long, BodyHandler> handlers = new ConcurrentHashMap<>();

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext ctx) {
        BodyRules.Rule rule = ctx.get(FrontDoor.RULE);
        if (rule == null || !WITH_BODY.contains(ctx.request().method())) {
            ctx.next();
            return;
        }
        // Signing in may have run on a worker thread; the body is read on the connection's event loop,
        // where its events arrive: whether it has ended cannot change while this runs.
        onEventLoop(ctx, () -> {
            HttpServerRequest request = ctx.request();
            if (request.isEnded()) {
                ctx.next();
            } else if (rule.spooled()) {
                spool.receive(ctx, rule.limit());
            } else if (hasBody(request)) {
                // Paused explicitly: Quarkus's request wrapper would resume the request as soon as
                // BodyHandler sets its data handler, before its end handler, and the end of a body
                // that has already arrived would be lost.
                request.pause();
                handlers.computeIfAbsent(rule.limit(), limit -> BodyHandler.create(false).setBodyLimit(limit))
                        .handle(ctx);
            } else {
                // Paused by Quarkus until now, and BodyHandler passes a request without a body on
                // as it is: resumed, it ends, and nothing waits for it.
                request.resume();
                ctx.next();
            }
        });
    }

    /** FrontDoor has checked that a length, when given, is a number. */
    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null ? Long.parseLong(length.strip()) > 0
                : request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    static void onEventLoop(RoutingContext ctx, Runnable task) {
        if (Context.isOnEventLoopThread()) {
            task.run();
        } else {
            ((ConnectionBase) ctx.request().connection()).channel().eventLoop().execute(task);
        }
    }
}
