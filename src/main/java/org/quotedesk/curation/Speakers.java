package org.quotedesk.curation;

import static org.quotedesk.common.Strings.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quotedesk.catalogue.history.RecordType;
import org.quotedesk.catalogue.quote.QuoteReference;
import org.quotedesk.catalogue.speaker.Speaker;
import org.quotedesk.catalogue.speaker.SpeakerDto;

/** Curating speakers: by name; their quotes' documents carry their name, aliases and role. */
@ApplicationScoped
public class Speakers extends RecordCurator<Speaker, SpeakerInput, SpeakerDto, SpeakerDto> {

    @Override
    public RecordType type() {
        return RecordType.SPEAKER;
    }

    @Override
    protected QuoteReference reference() {
        return QuoteReference.SPEAKER;
    }

    @Override
    protected String entityName() {
        return "Speaker";
    }

    @Override
    protected String order() {
        return "name, id";
    }

    @Override
    protected Speaker newRecord() {
        return new Speaker();
    }

    @Override
    protected void copy(SpeakerInput input, Speaker speaker) {
        speaker.name = input.name().strip();
        speaker.aliases.clear();
        if (input.aliases() != null) {
            input.aliases().stream().map(String::strip).distinct().forEach(speaker.aliases::add);
        }
        speaker.kind = input.kind();
        speaker.role = blankToNull(input.role());
        speaker.affiliation = blankToNull(input.affiliation());
        speaker.wikidataId = blankToNull(input.wikidataId());
    }

    @Override
    protected SpeakerDto detail(Speaker speaker, long quoteCount) {
        return SpeakerDto.from(speaker, quoteCount);
    }

    @Override
    protected SpeakerDto row(Speaker speaker, long quoteCount) {
        return SpeakerDto.from(speaker, quoteCount);
    }

    @Override
    protected Map<String, String> auditFields(Speaker speaker) {
        return SpeakerDto.from(speaker, 0).auditFields();
    }

    @Override
    protected String label(Speaker speaker) {
        return speaker.name;
    }

    @Override
    protected List<Long> idsNamed(String name, SpeakerInput details) {
        return Speaker.idsByName(name);
    }

    @Override
    protected String namedBy() {
        return "name or alias";
    }

    /** A new speaker's aliases name it too, before its alias rows are written at the commit. */
    @Override
    protected List<String> namesOf(SpeakerInput input) {
        List<String> names = new ArrayList<>(List.of(input.name()));
        if (input.aliases() != null) {
            names.addAll(input.aliases());
        }
        return names;
    }

    @Override
    protected String nameOf(SpeakerInput input) {
        return input.name();
    }
}
