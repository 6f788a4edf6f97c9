package org.quotedesk.importing;

import java.util.ArrayList;
import java.util.List;
import org.quotedesk.curation.References;

/**
 * The state of one import: its counts, the first rejections, and the ids of the speakers, venues
 * and sources it has already looked up or created by name.
 */
final class ImportRun {

    record Line(long number, String text) {
    }

    /** The counts at a moment, to go back to if a chunk's transaction fails. */
    record Counts(long imported, long duplicates, long rejected, int listed) {
    }

    final References.Memory names = new References.Memory();

    private final List<ImportReport.Rejection> rejections = new ArrayList<>();
    private long imported;
    private long duplicates;
    private long rejected;

    void imported() {
        imported++;
    }

    void duplicate() {
        duplicates++;
    }

    void reject(Line line, List<String> errors) {
        rejected++;
        if (rejections.size() < ImportService.MAX_LISTED_REJECTIONS) {
            rejections.add(new ImportReport.Rejection(line.number(), errors));
        }
    }

    Counts counts() {
        return new Counts(imported, duplicates, rejected, rejections.size());
    }

    /** Back to the counts before a failed transaction; the ids it created are forgotten too. */
    void restore(Counts counts) {
        imported = counts.imported();
        duplicates = counts.duplicates();
        rejected = counts.rejected();
        rejections.subList(counts.listed(), rejections.size()).clear();
        names.forget();
    }

    ImportReport report() {
        return new ImportReport(imported, duplicates, List.copyOf(rejections), rejected);
    }
}
