package org.quotedesk.web.admin;

import static org.quotedesk.common.Strings.blankToNull;

import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.quotedesk.catalogue.speaker.SpeakerDto;
import org.quotedesk.catalogue.speaker.SpeakerKind;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.curation.SpeakerInput;
import org.quotedesk.web.view.Choice;

/** The speaker form as typed; aliases one per line. */
public class SpeakerForm implements RecordForm<SpeakerInput> {

    @RestForm
    public String name;

    @RestForm
    public String aliases;

    @RestForm
    public String kind;

    @RestForm
    public String role;

    @RestForm
    public String affiliation;

    @RestForm
    public String wikidataId;

    @RestForm
    public String version;

    public static SpeakerForm of(SpeakerDto s) {
        SpeakerForm form = new SpeakerForm();
        form.name = s.name();
        form.aliases = String.join("\n", s.aliases());
        form.kind = s.kind().name();
        form.role = s.role();
        form.affiliation = s.affiliation();
        form.wikidataId = s.wikidataId();
        form.version = Long.toString(s.version());
        return form;
    }

    @Override
    public SpeakerInput toInput() {
        FieldErrors errors = new FieldErrors();
        SpeakerKind speakerKind = Forms.constant(SpeakerKind.class, kind, "kind", errors);
        errors.throwIfAny();
        List<String> list = aliases == null ? List.of()
                : Arrays.stream(aliases.split("\\R")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        return new SpeakerInput(name, list, speakerKind, role, affiliation, blankToNull(wikidataId),
                Forms.version(version));
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.text("name", "Name", name),
                FormField.of("textarea", "aliases", "Other spellings and short forms, one per line", aliases),
                FormField.select("kind", "Kind", Choice.of(SpeakerKind.values(), kind)),
                FormField.text("role", "Role or title at the time", role),
                FormField.text("affiliation", "Affiliation or country", affiliation),
                FormField.text("wikidataId", "Wikidata id", wikidataId).hint("such as Q7747"));
    }

    @Override
    public String version() {
        return version;
    }
}
