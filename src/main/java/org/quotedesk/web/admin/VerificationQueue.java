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
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.catalogue.quote.Verification;
import org.quotedesk.catalogue.statement.StatementConflict;
import org.quotedesk.common.InvalidParameterException;
import org.quotedesk.common.PageRequest;
import org.quotedesk.common.ResultPage;
import org.quotedesk.curation.Quotes;
import org.quotedesk.curation.Statements;
import org.quotedesk.curation.StatusChange;
import org.quotedesk.search.QuoteSearchPage;
import org.quotedesk.search.QuoteSearchService;
import org.quotedesk.search.SearchCriteria;
import org.quotedesk.search.SearchGrouping;
import org.quotedesk.search.SearchSort;
import org.quotedesk.web.api.SearchParams;
import org.quotedesk.web.view.Labels;
import org.quotedesk.web.view.PagedList;
import org.quotedesk.web.view.Pagination;

/**
 * The editors' verification queue: unverified quotes and disputed ones, newest said first, a page
 * at a time, with one status and one evidence given to the quotes ticked; and the statements whose
 * words are also attributed to another speaker.
 */
@Path("/admin/verification")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class VerificationQueue {

    static final int PAGE_SIZE = 50;
    private static final int MAX_PAGE = SearchParams.MAX_RESULT_WINDOW / PAGE_SIZE - 1;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(VerificationQueueView view);

        static native TemplateInstance conflicts(QueueTab tab, PagedList<StatementConflict> conflicts);
    }

    @Inject
    QuoteSearchService search;

    @Inject
    Quotes quotes;

    @Inject
    Statements statements;

    @Inject
    Validator validator;

    @GET
    @Operation(hidden = true)
    public TemplateInstance queue(@QueryParam("tab") String tab, @QueryParam("page") String page) {
        return page(QueueTab.of(tab), page, new BulkStatusForm(), Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public RestResponse<Object> change(@BeanParam BulkStatusForm form) {
        QueueTab tab = QueueTab.of(form.tab);
        return RecordForms.save(() -> {
            List<Long> ids = form.ids(validator);
            StatusChange change = form.change();
            int changed = quotes.changeStatuses(ids, change);
            String label = Labels.label(change.status());
            return new RecordForms.Saved(tab.link(), changed + " of " + ids.size() + " selected quotes now " + label.toLowerCase() + "."
                    + (changed < ids.size() ? " The others were " + label.toLowerCase() + " already." : ""));
        }, (errors, problem) -> page(tab, form.page, form, errors, problem));
    }

    private TemplateInstance page(QueueTab tab, String page, BulkStatusForm form, Map<String, String> errors,
            String problem) {
        PageRequest request = PageRequest.parse(page, Integer.toString(PAGE_SIZE));
        if (request.page() > MAX_PAGE) {
            throw new InvalidParameterException("page", "must be at most " + MAX_PAGE);
        }
        if (tab == QueueTab.CONFLICTS) {
            ResultPage<StatementConflict> conflicts = statements.conflicts(request);
            return Templates.conflicts(tab, new PagedList<>(conflicts,
                    Pagination.of(request.page(), PAGE_SIZE, conflicts.total(), MAX_PAGE), tab.links()));
        }
        QuoteSearchPage found = search.search(new SearchCriteria(null, null, null, null, tab.status, null, null, null,
                SearchSort.DATE_DESC, SearchGrouping.NONE, request));
        Map<Long, Verification> records = tab.showsEvidence()
                ? quotes.verifications(found.items().stream().map(hit -> hit.quote().id()).toList())
                : Map.of();
        return Templates.queue(new VerificationQueueView(tab, found, records,
                Pagination.of(request.page(), PAGE_SIZE, found.total(), MAX_PAGE), form, errors, problem));
    }
}
