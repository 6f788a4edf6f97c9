package org.quotedesk.common;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which database the build was made for ({@code quarkus.datasource.db-kind}, fixed at build time):
 * the embedded H2 file of the default build, or PostgreSQL of the {@code pg} build. Only what H2
 * needs of QuoteDesk itself asks: writing commits to disk at once, compacting its file.
 */
@ApplicationScoped
public class DatabaseKind {

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String kind;

    /** H2, whose file QuoteDesk must make durable and compact itself. */
    public boolean isEmbeddedH2() {
        return "h2".equals(kind);
    }
}
