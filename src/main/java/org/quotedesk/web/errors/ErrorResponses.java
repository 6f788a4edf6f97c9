package org.quotedesk.web.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Errors answered before a request reaches a resource (a body too large or too slow, a foreign
 * host): the same problem details and error page as {@link ProblemMapper}'s.
 */
@ApplicationScoped
public class ErrorResponses {

    @Inject
    ObjectMapper json;

    /** Programs call /api (and the /q tools); everything else is a page for people. */
    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/");
    }

    static String title(int status) {
        Response.Status statusType = Response.Status.fromStatusCode(status);
        return statusType != null ? statusType.getReasonPhrase() : "Error";
    }

    /**
     * Answers with a problem or an error page. With {@code close}, the connection is closed once the
     * answer is sent: the request's body was not read, and must not be read as the next request.
     */
    public void send(RoutingContext ctx, int status, String detail, boolean close) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            ctx.request().connection().close();
            return;
        }
        String path = ctx.normalizedPath();
        String body;
        if (isApi(path)) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
            body = problemJson(new Problem("about:blank", title(status), status, detail, path, List.of(), null));
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8");
            body = ErrorPages.Templates.error(status, title(status), detail).render();
        }
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ended -> ctx.request().connection().close());
        }
        response.setStatusCode(status).end(body);
    }

    private String problemJson(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
