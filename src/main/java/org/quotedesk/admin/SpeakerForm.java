package org.quotedesk.admin;

import static org.quotedesk.common.Strings.blankToNull;

import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.quotedesk.speaker.SpeakerDto;
import org.quotedesk.speaker.SpeakerInput;
import org.quotedesk.speaker.SpeakerKind;

/** The speaker form as typed; aliases one per line. */
public class SpeakerForm {

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

    /** An unknown kind stays null, for the service's validation to name. */
    public SpeakerInput toInput() {
        List<String> list = aliases == null ? List.of()
                : Arrays.stream(aliases.split("\\R")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        SpeakerKind speakerKind = Arrays.stream(SpeakerKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElse(null);
        return new SpeakerInput(name, list, speakerKind, role, affiliation, blankToNull(wikidataId),
                Forms.version(version));
    }
}
