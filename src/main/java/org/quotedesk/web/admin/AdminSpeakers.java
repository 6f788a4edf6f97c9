package org.quotedesk.web.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.catalogue.speaker.SpeakerDto;
import org.quotedesk.curation.RecordCurator;
import org.quotedesk.curation.SpeakerInput;
import org.quotedesk.curation.Speakers;
import org.quotedesk.web.view.Labels;
import org.quotedesk.web.view.Links;

/** Curating speakers. */
@Path("/admin/speakers")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class AdminSpeakers extends RecordPages<SpeakerInput, SpeakerDto, SpeakerDto, SpeakerForm> {

    @Inject
    Speakers speakers;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> create(@BeanParam SpeakerForm form) {
        return createFrom(form);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> save(@RestPath long id, @BeanParam SpeakerForm form) {
        return saveFrom(id, form);
    }

    @Override
    protected RecordCurator<?, SpeakerInput, SpeakerDto, SpeakerDto> records() {
        return speakers;
    }

    @Override
    protected String plural() {
        return "speakers";
    }

    @Override
    protected SpeakerForm blankForm() {
        return new SpeakerForm();
    }

    @Override
    protected SpeakerForm formOf(SpeakerDto speaker) {
        return SpeakerForm.of(speaker);
    }

    @Override
    protected List<Column<SpeakerDto>> columns() {
        return List.of(new Column<>("Name", SpeakerDto::name), new Column<>("Role", SpeakerDto::role),
                new Column<>("Kind", s -> Labels.label(s.kind())));
    }

    @Override
    protected String title(SpeakerDto speaker) {
        return speaker.name();
    }

    @Override
    protected List<Link> links(SpeakerDto speaker) {
        return List.of(new Link("Public page", Links.speaker(speaker.id())));
    }
}
