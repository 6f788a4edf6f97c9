package org.quotedesk.checking;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The speaker a checked text is attributed to, as given, and the stored speakers that name or alias
 * stands for; none when nobody on record has it.
 */
public record GivenSpeaker(String name, List<Long> ids) {

    @JsonProperty
    public boolean onRecord() {
        return !ids.isEmpty();
    }
}
