package org.quotedesk.web.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail. {@code invalid-params} follows the RFC's own example extension and
 * names each offending parameter or field; {@code currentVersion} comes with a version conflict.
 */
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        @JsonProperty("invalid-params") List<InvalidParam> invalidParams,
        Long currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending input: its name, where it was sent (query, path, body) and what is wrong. */
    public record InvalidParam(String name, String in, String reason) {
    }
}
