package org.quotedesk.support;

import java.util.List;
import org.quotedesk.extraction.ExtractionService;

/**
 * Texts made to be slow to read: one short unit repeated up to the largest text the public endpoint
 * takes. Before the reading was made linear, “a” repeated so took 227 s; a tag after each quote of
 * one long sentence (“ab,” he said) took 17 s while each quote's date and venue were searched for
 * in words the quotes around it shared.
 */
public final class SlowTexts {

    public static final List<String> UNITS = List.of("“a”", "“.”", "” said Harris “", "He said: “ab” ", "“ab,” he said ",
            "„ab“, sagte er ", "Wie er sagte, „ab“ ", "“ab”: ");

    private SlowTexts() {
    }

    public static List<String> units() {
        return UNITS;
    }

    public static String of(String unit) {
        return unit.repeat(ExtractionService.MAX_TEXT_LENGTH / unit.length());
    }
}
