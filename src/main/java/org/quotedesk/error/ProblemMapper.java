package org.quotedesk.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.quotedesk.common.InvalidParameterException;
import org.quotedesk.common.ResourceNotFoundException;

/** The one place where exceptions become HTTP errors: RFC 9457 problem details, never a stack trace. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(ResourceNotFoundException e, UriInfo uri) {
        return problem(404, e.getMessage(), uri, List.of(new Problem.InvalidParam("id", "path", "no record has this id")));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidParameter(InvalidParameterException e, UriInfo uri) {
        String detail = "Query parameter '" + e.parameter() + "' " + e.getMessage();
        return problem(400, detail, uri, List.of(new Problem.InvalidParam(e.parameter(), "query", e.getMessage())));
    }

    /** Errors raised by the framework itself: unknown paths, unsupported methods or media types. */
    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return problem(status, frameworkDetail(status), uri, List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error on %s (incident %s)", uri.getPath(), incident);
        return problem(500, "An unexpected error occurred. Incident " + incident + " has been logged.", uri, List.of());
    }

    private static String frameworkDetail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that HTTP method.";
            case 406 -> "None of the accepted media types can be produced here.";
            case 415 -> "This media type is not accepted here.";
            default -> "The request could not be processed.";
        };
    }

    static RestResponse<Problem> problem(int status, String detail, UriInfo uri, List<Problem.InvalidParam> params) {
        Response.Status statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : "Error";
        Problem body = new Problem("about:blank", title, status, detail, uri.getPath(), params);
        return RestResponse.ResponseBuilder.<Problem>create(status).entity(body).type(Problem.MEDIA_TYPE).build();
    }
}
