package org.quotedesk.admin;

import java.util.Arrays;
import org.jboss.resteasy.reactive.RestForm;
import org.quotedesk.venue.VenueDto;
import org.quotedesk.venue.VenueInput;
import org.quotedesk.venue.VenueKind;

/** The venue form as typed. */
public class VenueForm {

    @RestForm
    public String name;

    @RestForm
    public String kind;

    @RestForm
    public String location;

    @RestForm
    public String version;

    public static VenueForm of(VenueDto v) {
        VenueForm form = new VenueForm();
        form.name = v.name();
        form.kind = v.kind().name();
        form.location = v.location();
        form.version = Long.toString(v.version());
        return form;
    }

    public VenueInput toInput() {
        VenueKind venueKind = Arrays.stream(VenueKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElse(null);
        return new VenueInput(name, venueKind, location, Forms.version(version));
    }
}
