package org.quotedesk.web.http;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.common.QuoteDeskConfig;
import org.quotedesk.web.errors.ErrorResponses;

/**
 * Receives an import's NDJSON into a file of the data directory, on the event loop, before the
 * import runs: a slow upload holds no thread, and a large one no memory. Only an editor's upload is
 * received; one that sends nothing for {@code quotedesk.http.import-idle-timeout} is abandoned.
 * The file is deleted once the answer is sent.
 */
@ApplicationScoped
public class ImportSpool {

    /** Where the received body's file is kept on the routing context, for the resource. */
    public static final String SPOOLED = ImportSpool.class.getName() + ".file";
    /** Set while a body is being spooled: the spool keeps its own time. */
    static final String SPOOLING = ImportSpool.class.getName() + ".spooling";
    private static final Logger LOG = Logger.getLogger(ImportSpool.class);
    private static final String PREFIX = "import-";
    /** Bytes received but not yet in the file above which the upload is paused. */
    private static final long MAX_UNWRITTEN = 1 << 20;

    @Inject
    Vertx vertx;

    @Inject
    QuoteDeskConfig config;

    @Inject
    ErrorResponses errors;

    /** Files left by a process that was killed while importing. */
    void clearLeftovers(@Observes StartupEvent event) throws IOException {
        Path dir = directory();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith(PREFIX)).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The file an import's body was received into. */
    public static Path spooled(RoutingContext ctx) {
        Path file = ctx.get(SPOOLED);
        if (file == null) {
            throw new IllegalStateException("No spooled body: ImportSpool did not receive this request");
        }
        return file;
    }

    void receive(RoutingContext ctx, long limit) {
        ctx.put(SPOOLING, true);
        ctx.request().pause();
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(
                identity -> BodyReader.onEventLoop(ctx, () -> receiveFrom(ctx, identity, limit)),
                failure -> BodyReader.onEventLoop(ctx, () -> refuse(ctx, 401)));
    }

    private void receiveFrom(RoutingContext ctx, SecurityIdentity identity, long limit) {
        if (identity == null || identity.isAnonymous()) {
            refuse(ctx, 401);
        } else if (!identity.hasRole(Roles.EDITOR) && !identity.hasRole(Roles.ADMIN)) {
            refuse(ctx, 403);
        } else {
            open(ctx, limit);
        }
    }

    private void refuse(RoutingContext ctx, int status) {
        if (status == 401) {
            ctx.response().putHeader("WWW-Authenticate", "Basic realm=\"QuoteDesk\", charset=\"UTF-8\"");
            errors.send(ctx, 401, "Sign in with the user name and password of an editor's account (HTTP Basic).", true);
        } else {
            errors.send(ctx, 403, "Your account does not have the role this needs.", true);
        }
    }

    private void open(RoutingContext ctx, long limit) {
        Path file;
        try {
            Files.createDirectories(directory());
            file = directory().resolve(PREFIX + UUID.randomUUID() + ".ndjson");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.addEndHandler(done -> vertx.fileSystem().delete(file.toString())
                .onFailure(e -> LOG.debugf("Spooled import %s was already gone", file)));
        vertx.fileSystem().open(file.toString(), new OpenOptions().setCreateNew(true).setWrite(true))
                .onSuccess(out -> new Transfer(ctx, out, file, limit).start())
                .onFailure(ctx::fail);
    }

    private Path directory() {
        return config.dataDir().resolve("tmp");
    }

    /** One body on its way to its file: counted, paced by the disk, abandoned when it stalls. */
    private final class Transfer {
        private final RoutingContext ctx;
        private final AsyncFile out;
        private final Path file;
        private final long limit;
        private final long idleMillis = config.http().importIdleTimeout().toMillis();
        private long received;
        private long unwritten;
        private boolean waitingForDisk;
        private long timer = -1;
        private boolean abandoned;

        Transfer(RoutingContext ctx, AsyncFile out, Path file, long limit) {
            this.ctx = ctx;
            this.out = out;
            this.file = file;
            this.limit = limit;
        }

        void start() {
            HttpServerRequest request = ctx.request();
            waitForClient();
            request.handler(chunk -> {
                received += chunk.length();
                if (received > limit) {
                    abandon(413, "The import is larger than " + limit + " bytes.");
                    return;
                }
                if (!waitingForDisk) {
                    waitForClient();
                }
                unwritten += chunk.length();
                out.write(chunk).onComplete(written -> caughtUp(chunk.length()));
                if (unwritten > MAX_UNWRITTEN && !waitingForDisk) {
                    // Waiting for the disk, not for the client: its idle clock stops until the file caught up.
                    waitingForDisk = true;
                    vertx.cancelTimer(timer);
                    request.pause();
                }
            });
            request.exceptionHandler(e -> abandon(400, "The import could not be received."));
            request.endHandler(end -> {
                vertx.cancelTimer(timer);
                if (!abandoned) {
                    out.close().onSuccess(closed -> {
                        ctx.put(SPOOLED, file);
                        ctx.next();
                    }).onFailure(ctx::fail);
                }
            });
            request.resume();
        }

        /**
         * A write reached the file (or failed: then closing the file reports it). Counted on write
         * completions rather than with the file's drain handler, whose calls a paused upload once
         * waited for forever.
         */
        private void caughtUp(int length) {
            unwritten -= length;
            if (waitingForDisk && unwritten <= MAX_UNWRITTEN / 2 && !abandoned) {
                waitingForDisk = false;
                waitForClient();
                ctx.request().resume();
            }
        }

        /** (Re)starts the clock of a client that sends nothing. */
        private void waitForClient() {
            vertx.cancelTimer(timer);
            timer = vertx.setTimer(idleMillis, fired -> abandon(408, "The import sent nothing for "
                    + idleMillis / 1000 + " s."));
        }

        private void abandon(int status, String detail) {
            if (abandoned) {
                return;
            }
            abandoned = true;
            vertx.cancelTimer(timer);
            out.close();
            errors.send(ctx, status, detail, true);
        }
    }
}
