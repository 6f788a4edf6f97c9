package org.quotedesk.web.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A change made from a page (signing out, deleting, restoring, saving) must come as a form (the
 * pages send no other kind: not multipart), whose CSRF token quarkus-rest-csrf then checks. That filter checks forms only: an empty or
 * {@code text/plain} POST went through without a token. The JSON API is not concerned: it takes no
 * session cookie, and a cross-site page cannot send JSON without the server's consent (CORS).
 */
public class FormsOnlyOnPages {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Response requireAForm(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (SAFE.contains(request.getMethod()) || path.startsWith("/api/") || path.startsWith("/q/")) {
            return null;
        }
        MediaType type = request.getMediaType();
        boolean form = type != null && "application".equals(type.getType())
                && "x-www-form-urlencoded".equals(type.getSubtype());
        return form ? null : Response.status(400).build();
    }
}
