package org.quotedesk.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.common.ConflictException;
import org.quotedesk.common.ResourceNotFoundException;
import org.quotedesk.common.ValidationFailedException;
import org.quotedesk.curation.Sources;
import org.quotedesk.review.ArticleImportSummary;
import org.quotedesk.review.ReviewCandidateDto;
import org.quotedesk.review.ReviewService;
import org.quotedesk.web.view.Links;
import org.quotedesk.web.view.PagedList;

/**
 * Importing articles: paste one, and review the quotes the extractor found in it beside its text:
 * accept (as they are or after editing), reject, or add the ones it missed by selecting text.
 */
@Path("/admin/articles")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class AdminArticles {

    static final int PAGE_SIZE = 50;

    /** The import form: a source form whose save also reads the article. */
    public record ImportView(List<FormField> fields, String problem) {

        static ImportView of(SourceForm form, Map<String, String> errors, String problem) {
            return new ImportView(form.articleFields().stream().map(f -> f.withErrorFrom(errors)).toList(), problem);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PagedList<ArticleImportSummary> imports);

        static native TemplateInstance importForm(ImportView view);

        static native TemplateInstance review(ReviewView view);
    }

    @Inject
    ReviewService reviews;

    @Inject
    Sources sources;

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("page") String page) {
        return Templates.list(PagedList.of(Links.records("articles"), page, PAGE_SIZE, reviews::list));
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public TemplateInstance importForm() {
        return Templates.importForm(ImportView.of(SourceForm.blank(), Map.of(), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> importArticle(@BeanParam SourceForm form) {
        return RecordForms.save(() -> {
            long id = reviews.importArticle(form.toInput());
            int found = reviews.candidates(id).size();
            return new RecordForms.Saved(Links.record("articles", id),
                    "Article stored as source " + id + ": " + found + " candidate quotes to review.");
        }, (errors, problem) -> Templates.importForm(ImportView.of(form, errors, problem)));
    }

    @GET
    @Path("{sourceId}")
    @Operation(hidden = true)
    public TemplateInstance review(@RestPath long sourceId) {
        return review(sourceId, null, null);
    }

    /**
     * Accepts a candidate as it is: the quote is created with what the extractor found; the box
     * "I checked the speaker and the words" is ticked when the candidate needs a second look.
     */
    @POST
    @Path("{sourceId}/candidates/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> accept(@RestPath long sourceId, @RestPath long id,
            @RestForm(ReviewService.CHECKED) String checked) {
        boolean ticked = QuoteForm.CHECKED.equals(checked);
        return decide(sourceId, id, () -> "Candidate " + id + " accepted as quote " + reviews.accept(id, ticked).id()
                + ".");
    }

    @POST
    @Path("{sourceId}/candidates/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> reject(@RestPath long sourceId, @RestPath long id) {
        return decide(sourceId, id, () -> "Candidate " + reviews.reject(id).id() + " rejected.");
    }

    @POST
    @Path("{sourceId}/candidates/{id}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> reopen(@RestPath long sourceId, @RestPath long id) {
        return decide(sourceId, id, () -> "Candidate " + reviews.reopen(id).id() + " is pending again.");
    }

    /**
     * Applies a decision on a candidate of this source and comes back to it in the review, with what
     * happened; when the decision cannot be made, the review says why.
     */
    private RestResponse<Object> decide(long sourceId, long id, Supplier<String> decision) {
        candidateOf(sourceId, id);
        try {
            return Flash.redirect(Links.candidate(sourceId, id), decision.get());
        } catch (ValidationFailedException e) {
            Map<String, String> byField = QuoteFormView.byField(e);
            String problem = byField.containsKey(ReviewService.CHECKED)
                    ? "Candidate " + id + " is not accepted yet: " + byField.get(ReviewService.CHECKED) + "."
                    : "Candidate " + id + " cannot be accepted as it is (" + String.join("; ", byField.values())
                            + "): use “Edit” to complete it.";
            return RecordForms.page(400, review(sourceId, id, problem));
        } catch (ConflictException e) {
            return RecordForms.page(409, review(sourceId, id, e.getMessage()));
        }
    }

    /** A quote the extractor missed: the selected offsets, or the exact words typed. */
    @POST
    @Path("{sourceId}/candidates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> addMissed(@RestPath long sourceId, @RestForm String start, @RestForm String end,
            @RestForm String words) {
        try {
            ReviewCandidateDto added = reviews.addMissed(sourceId, number(start), number(end), words);
            return Flash.redirect(Links.newQuoteFromCandidate(added.id()),
                    "Candidate " + added.id() + " added: say who said it, then save.");
        } catch (ValidationFailedException e) {
            String why = String.join("; ", QuoteFormView.byField(e).values());
            return RecordForms.page(400, review(sourceId, null, "The missed quote was not added: " + why + "."));
        }
    }

    private TemplateInstance review(long sourceId, Long at, String problem) {
        return Templates.review(ReviewView.of(sources.get(sourceId), reviews.candidates(sourceId), at, problem));
    }

    private ReviewCandidateDto candidateOf(long sourceId, long id) {
        ReviewCandidateDto c = reviews.candidate(id);
        if (c.sourceId() != sourceId) {
            throw new ResourceNotFoundException("candidate", id);
        }
        return c;
    }

    private static Integer number(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of("start", "offsets are whole numbers");
        }
    }
}
