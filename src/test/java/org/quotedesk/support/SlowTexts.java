package org.quotedesk.support;

import java.util.List;
import org.quotedesk.extraction.ExtractionService;

/**
 * Texts made to be slow to read: one short unit repeated up to the largest text the public endpoint
 * takes. Before the reading was made linear, “a” repeated so took 227 s.
 */
public final class SlowTexts {

    public static final List<String> UNITS = List.of("“a”", "“.”", "” said Harris “", "He said: “ab” ");

    private SlowTexts() {
    }

    public static List<String> units() {
        return UNITS;
    }

    public static String of(String unit) {
        return unit.repeat(ExtractionService.MAX_TEXT_LENGTH / unit.length());
    }
}
