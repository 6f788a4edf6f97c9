package org.quotedesk.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.quotedesk.security.Roles;

@Path("/api")
@Tag(name = "Import and export")
public class ImportExportResource {

    public static final String NDJSON = "application/x-ndjson";

    @Inject
    ImportService importer;

    @Inject
    ExportService exporter;

    @POST
    @Path("import")
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Import quotes, one JSON object a line",
            description = "The JSON of POST /api/quotes, except that speaker, venue and source may be given by name"
                    + " ({\"name\": \"Groucho Marx\"}; a source by \"title\") and are created when new. Streamed.")
    public ImportReport importQuotes(InputStream body) throws IOException {
        return importer.importLines(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)));
    }

    @GET
    @Path("export")
    @Produces(NDJSON)
    @Operation(summary = "Every quote as NDJSON, in the import format")
    public Response export() {
        StreamingOutput body = exporter::writeTo;
        return Response.ok(body)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"quotedesk-export.ndjson\"")
                .build();
    }
}
