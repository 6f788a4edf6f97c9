package org.quotedesk.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.catalogue.history.AuditView;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.source.SourceDto;
import org.quotedesk.common.ConflictException;
import org.quotedesk.common.ResourceNotFoundException;
import org.quotedesk.common.ValidationFailedException;
import org.quotedesk.curation.QuoteCommand;
import org.quotedesk.curation.Quotes;
import org.quotedesk.curation.Sources;
import org.quotedesk.curation.Speakers;
import org.quotedesk.curation.Venues;
import org.quotedesk.review.ReviewCandidateDto;
import org.quotedesk.review.ReviewService;
import org.quotedesk.search.SearchGrouping;
import org.quotedesk.web.api.SearchParams;
import org.quotedesk.web.pages.SearchView;
import org.quotedesk.web.pages.SearchViews;
import org.quotedesk.web.view.Links;

/** Curating quotes: the list (the public search, with edit links), the form, delete, conflicts. */
@Path("/admin/quotes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class AdminQuotes {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(SearchView view);

        static native TemplateInstance form(QuoteFormView view);

        static native TemplateInstance conflict(QuoteConflictView view);

        static native TemplateInstance confirmDelete(QuoteDto quote);
    }

    @Inject
    ReviewService reviews;

    @Inject
    SearchViews searches;

    @Inject
    Quotes quotes;

    @Inject
    Sources sources;

    @Inject
    Speakers speakers;

    @Inject
    Venues venues;

    @Inject
    Validator validator;


    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@BeanParam SearchParams params) {
        return Templates.list(searches.of(Links.records("quotes"), params, SearchGrouping.NONE));
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public RestResponse<Object> newQuote(@QueryParam("source") String source, @QueryParam("candidate") Long candidate,
            @QueryParam("speaker") String speaker) {
        if (candidate == null) {
            return page(200, form(QuoteForm.blank(source), null, Map.of(), null));
        }
        ReviewCandidateDto c = reviews.candidate(candidate);
        if (c.quoteId() != null) {
            return Flash.redirect(Links.record("quotes", c.quoteId()), "Candidate " + candidate
                    + " is already this quote.");
        }
        return page(200, form(QuoteForm.fromCandidate(c, speaker), null, Map.of(), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> create(@BeanParam QuoteForm form) {
        if (form.preview()) {
            return page(200, form(form, null, Map.of(), null));
        }
        try {
            QuoteCommand command = form.toCommand(validator);
            Long candidate = form.candidateId();
            if (candidate != null) {
                QuoteDto created = reviews.accept(candidate, command);
                return Flash.redirect(Links.candidate(created.source().id(), candidate),
                        "Quote " + created.id() + " created from candidate " + candidate + ".");
            }
            QuoteDto created = quotes.create(command);
            return Flash.redirect(Links.record("quotes", created.id()), "Quote " + created.id() + " created.");
        } catch (ValidationFailedException e) {
            return page(400, form(form, null, QuoteFormView.byField(e), "The quote was not saved: see below."));
        } catch (ConflictException e) {
            return page(409, form(form, null, Map.of(), e.getMessage()));
        }
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance edit(@RestPath long id) {
        return form(QuoteForm.of(quotes.get(id)), id, Map.of(), null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> save(@RestPath long id, @BeanParam QuoteForm form) {
        if (form.preview()) {
            return page(200, form(form, id, Map.of(), null));
        }
        try {
            quotes.update(id, form.toCommand(validator));
            return Flash.redirect(Links.record("quotes", id), "Saved.");
        } catch (ValidationFailedException e) {
            return page(400, form(form, id, QuoteFormView.byField(e), "The quote was not saved: see below."));
        } catch (ConflictException e) {
            if (e.currentVersion() != null) {
                return page(409, Templates.conflict(QuoteConflictView.of(id, form, quotes.get(id))));
            }
            return page(409, form(form, id, Map.of(), e.getMessage()));
        }
    }

    @GET
    @Path("{id}/delete")
    @Operation(hidden = true)
    public TemplateInstance confirmDelete(@RestPath long id) {
        return Templates.confirmDelete(quotes.get(id));
    }

    @POST
    @Path("{id}/delete")
    @Operation(hidden = true)
    public RestResponse<Object> delete(@RestPath long id) {
        quotes.delete(id);
        return Flash.redirect(Links.records("quotes"), "Quote " + id + " deleted. An admin can restore it from Changes.");
    }

    private TemplateInstance form(QuoteForm form, Long id, Map<String, String> errors, String problem) {
        SourceDto source = sourceOf(form);
        List<AuditView> history = id == null ? List.of() : quotes.history(id);
        return Templates.form(new QuoteFormView(form, id, errors, problem, source, QuoteFormView.spanOf(source, form),
                speakers.allNames(), venues.allNames(), history));
    }

    private SourceDto sourceOf(QuoteForm form) {
        try {
            return form.source == null || form.source.isBlank() ? null : sources.get(Long.parseLong(form.source.strip()));
        } catch (NumberFormatException | ResourceNotFoundException notASource) {
            return null;
        }
    }

    private static RestResponse<Object> page(int status, TemplateInstance page) {
        return RecordForms.page(status, page);
    }
}
