package org.quotedesk.web.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.quotedesk.common.PageRequest;

/** The {@code page} and {@code size} query parameters of every list endpoint. */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "0-based page number",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    protected String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, at most " + PageRequest.MAX_SIZE,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    protected String size;

    public PageRequest toRequest() {
        return PageRequest.parse(page, size);
    }
}
