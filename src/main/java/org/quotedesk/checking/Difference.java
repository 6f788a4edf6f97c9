package org.quotedesk.checking;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.quotedesk.catalogue.statement.WordDiff;

/**
 * A run of words in which the quote on record and the checked text agree or differ: {@code attested}
 * is the quote's words as printed (null for words the checked text added), {@code checked} the
 * checked text's (null for words it left out). {@code start}/{@code end} place the attested words in
 * the quote's text (UTF-16, end exclusive; an empty range where words were added), for the page.
 */
public record Difference(WordDiff.Kind kind, String attested, String checked, @JsonIgnore int start,
        @JsonIgnore int end) {
}
