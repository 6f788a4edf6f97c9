package org.quotedesk.web.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.quotedesk.common.ConflictException;
import org.quotedesk.common.InvalidParameterException;
import org.quotedesk.common.JsonErrors;
import org.quotedesk.common.ResourceNotFoundException;
import org.quotedesk.common.ServiceBusyException;
import org.quotedesk.common.ValidationFailedException;

/**
 * The one place where exceptions become HTTP errors: RFC 9457 problem details for the API, an
 * error page in the site's layout for people; never a stack trace.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String BASIC_CHALLENGE = "Basic realm=\"QuoteDesk\", charset=\"UTF-8\"";

    @ServerExceptionMapper
    public RestResponse<Object> notFound(ResourceNotFoundException e, UriInfo uri) {
        return problem(404, e.getMessage(), uri, List.of(new Problem.InvalidParam("id", "path", "no record has this id")));
    }

    @ServerExceptionMapper
    public RestResponse<Object> invalidParameter(InvalidParameterException e, UriInfo uri) {
        String detail = "Query parameter '" + e.parameter() + "' " + e.getMessage();
        return problem(400, detail, uri, List.of(new Problem.InvalidParam(e.parameter(), "query", e.getMessage())));
    }

    @ServerExceptionMapper
    public RestResponse<Object> invalidBody(ValidationFailedException e, UriInfo uri) {
        return problem(400, describe(e.errors().stream().map(f -> f.field() + ": " + f.message()).toList()), uri,
                e.errors().stream().map(f -> new Problem.InvalidParam(f.field(), "body", f.message())).toList());
    }

    /** Bean Validation of a request body or parameter ({@code @Valid}). */
    @ServerExceptionMapper
    public RestResponse<Object> constraintViolation(ResteasyReactiveViolationException e, UriInfo uri) {
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Object> constraintViolation(ConstraintViolationException e, UriInfo uri) {
        return violations(e, uri);
    }

    /**
     * A body that is not JSON, or a value of the wrong type or not among the known ones. Named
     * explicitly because the Jackson extension maps the subclasses to an empty 400 of its own.
     */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class,
        InvalidFormatException.class, JsonParseException.class})
    public RestResponse<Object> unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (JsonErrors.isSyntaxError(e) || !(e instanceof JsonMappingException mapping)) {
            return problem(400, "The request body is not valid JSON.", uri, List.of());
        }
        String field = JsonErrors.field(mapping);
        if (field.isEmpty()) {
            return problem(400, "The request body must be a JSON object, as documented.", uri, List.of());
        }
        String reason = JsonErrors.reason(mapping);
        return problem(400, field + ": " + reason, uri, List.of(new Problem.InvalidParam(field, "body", reason)));
    }

    @ServerExceptionMapper
    public RestResponse<Object> conflict(ConflictException e, UriInfo uri) {
        if (!isApi(uri)) {
            return problem(409, e.getMessage(), uri, List.of());
        }
        return RestResponse.ResponseBuilder.create(409)
                .entity((Object) new Problem("about:blank", "Conflict", 409, e.getMessage(), uri.getPath(), List.of(),
                        e.currentVersion()))
                .type(Problem.MEDIA_TYPE).build();
    }

    @ServerExceptionMapper
    public RestResponse<Object> busy(ServiceBusyException e, UriInfo uri) {
        RestResponse<Object> response = problem(503, e.getMessage(), uri, List.of());
        response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()));
        return response;
    }

    /** Two saves of the same record raced past the version check: the second loses. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public RestResponse<Object> concurrentChange(RuntimeException e, UriInfo uri) {
        return problem(409, "The record was changed by someone else while you saved: reload it and try again.", uri,
                List.of());
    }

    /**
     * Programs get a 401 with a Basic challenge; people go to the sign-in page, told when their
     * attempt failed (the form posts to /j_security_check).
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public RestResponse<Object> unauthenticated(RuntimeException e, UriInfo uri) {
        if (!isApi(uri)) {
            boolean failedAttempt = e instanceof AuthenticationFailedException;
            return RestResponse.seeOther(URI.create(failedAttempt ? "/login?error=true" : "/login"));
        }
        RestResponse<Object> response = problem(401,
                "Sign in with the user name and password of an editor's account (HTTP Basic).", uri, List.of());
        response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        return response;
    }

    @ServerExceptionMapper
    public RestResponse<Object> forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "Your account does not have the role this needs.", uri, List.of());
    }

    /** Errors raised by the framework itself: unknown paths, unsupported methods or media types. */
    @ServerExceptionMapper
    public RestResponse<Object> webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return problem(status, frameworkDetail(status), uri, List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Object> unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                // Two writes at once, the second refused by a unique constraint: a conflict, not a fault.
                return problem(409, "Someone saved the same thing at the same moment: reload, and try again if it is"
                        + " still needed.", uri, List.of());
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error on %s (incident %s)", uri.getPath(), incident);
        return problem(500, "An unexpected error occurred. Incident " + incident + " has been logged.", uri, List.of());
    }

    /**
     * Error responses made without an exception, with no body (the CSRF filter's 400 when a form's
     * token is missing or stale): they get a page or a problem like any other error.
     */
    @ServerResponseFilter
    public void fillEmptyErrors(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        String detail = status == 400 && "POST".equals(request.getMethod())
                ? "The form could not be accepted: it may have been open too long. Go back, reload the page, and send"
                        + " it again."
                : frameworkDetail(status);
        RestResponse<Object> filled = problem(status, detail, request.getUriInfo(), List.of());
        response.setEntity(filled.getEntity());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, filled.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE));
    }

    private static RestResponse<Object> violations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidParam> params = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            params.add(new Problem.InvalidParam(fieldOf(violation.getPropertyPath()), "body", violation.getMessage()));
        }
        params.sort((a, b) -> a.name().compareTo(b.name()));
        return problem(400, describe(params.stream().map(p -> p.name() + ": " + p.reason()).toList()), uri, params);
    }

    /** "create.input.speaker.id" → "speaker.id": the path inside the validated parameter. */
    private static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        boolean insideParameter = false;
        for (Path.Node node : path) {
            if (insideParameter) {
                names.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
            }
            insideParameter |= node.getKind() == ElementKind.PARAMETER;
        }
        return names.isEmpty() ? path.toString() : String.join(".", names);
    }

    private static String describe(List<String> problems) {
        return "The request is invalid: " + String.join("; ", problems) + ".";
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

    static RestResponse<Object> problem(int status, String detail, UriInfo uri, List<Problem.InvalidParam> params) {
        String title = ErrorResponses.title(status);
        if (!isApi(uri)) {
            return RestResponse.ResponseBuilder.create(status)
                    .entity((Object) ErrorPages.Templates.error(status, title, detail))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        Problem body = new Problem("about:blank", title, status, detail, uri.getPath(), params, null);
        return RestResponse.ResponseBuilder.create(status).entity((Object) body).type(Problem.MEDIA_TYPE).build();
    }

    private static boolean isApi(UriInfo uri) {
        return ErrorResponses.isApi(uri.getPath());
    }
}
