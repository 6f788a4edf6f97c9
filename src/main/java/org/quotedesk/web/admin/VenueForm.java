package org.quotedesk.web.admin;

import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.quotedesk.catalogue.venue.VenueDto;
import org.quotedesk.catalogue.venue.VenueKind;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.curation.VenueInput;
import org.quotedesk.web.view.Choice;

/** The venue form as typed. */
public class VenueForm implements RecordForm<VenueInput> {

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

    @Override
    public VenueInput toInput() {
        FieldErrors errors = new FieldErrors();
        VenueKind venueKind = Forms.constant(VenueKind.class, kind, "kind", errors);
        errors.throwIfAny();
        return new VenueInput(name, venueKind, location, Forms.version(version));
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.text("name", "Name", name),
                FormField.select("kind", "Kind", Choice.of(VenueKind.values(), kind)),
                FormField.text("location", "Location", location));
    }

    @Override
    public String version() {
        return version;
    }
}
