package org.quotedesk.web.api;

import io.smallrye.mutiny.Multi;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.importing.ExportService;
import org.quotedesk.importing.ImportReport;
import org.quotedesk.importing.ImportService;
import org.quotedesk.web.http.ImportSpool;

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
                    + " ({\"name\": \"Groucho Marx\"}; a source by \"title\") and are created when new. Received"
                    + " into a file first, then imported line by line.")
    public ImportReport importQuotes(@Context RoutingContext request) throws IOException {
        // The body was received into a file before this runs (ImportSpool): no thread waited for it.
        try (Reader body = Files.newBufferedReader(ImportSpool.spooled(request), StandardCharsets.UTF_8)) {
            return importer.importLines(body);
        }
    }

    /**
     * Streamed a batch at a time, each read on a worker thread and sent when the client has taken
     * the one before: a client that reads slowly holds no thread while it does.
     */
    @GET
    @Path("export")
    @Produces(NDJSON)
    @Operation(summary = "Every quote as NDJSON, in the import format")
    public Multi<Buffer> export() {
        return RestMulti.fromMultiData(exporter.batches())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"quotedesk-export.ndjson\"")
                .build();
    }
}
