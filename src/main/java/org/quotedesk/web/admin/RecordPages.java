package org.quotedesk.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.quotedesk.catalogue.RecordSummary;
import org.quotedesk.catalogue.account.Roles;
import org.quotedesk.catalogue.history.AuditView;
import org.quotedesk.common.ConflictException;
import org.quotedesk.curation.RecordCurator;
import org.quotedesk.curation.RecordInput;
import org.quotedesk.web.view.Formats;
import org.quotedesk.web.view.Links;
import org.quotedesk.web.view.PagedList;

/**
 * The admin pages of a kind of record that quotes refer to (speakers, venues, sources): a list, a
 * form to create or edit one with its history, and delete. A kind says only what differs: its
 * service, its form, its columns, its links. The two saves take the kind's form class, so they are
 * declared by each kind, in two lines each.
 *
 * @param <I> the record as its service takes it
 * @param <D> the record as read, whole
 * @param <S> the record as a list shows it
 * @param <F> the record's form
 */
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public abstract class RecordPages<I extends RecordInput, D extends RecordSummary, S extends RecordSummary,
        F extends RecordForm<I>> {

    static final int PAGE_SIZE = 100;

    /** A column of the list: its heading and each row's value. */
    protected record Column<S>(String heading, Function<S, String> value) {
    }

    /** A link on a record's form: its public page, its quotes. */
    public record Link(String label, String href) {
    }

    /** A row of the list: the record's id and link, the text of each column, its number of quotes. */
    public record Row(long id, String href, List<String> cells, String quotes) {
    }

    public record ListView(String heading, String newLabel, String newHref, List<String> headings, List<Row> rows,
            PagedList<?> list) {
    }

    public record FormView(String heading, String action, String version, String problem, List<FormField> fields,
            List<Link> links, boolean editing, List<AuditView> history) {
    }

    public record DeleteView(String heading, String action, String keepHref) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance form(FormView view);

        static native TemplateInstance confirmDelete(DeleteView view);
    }


    /** The service of this kind of record. */
    protected abstract RecordCurator<?, I, D, S> records();

    /** The path segment and the plural of the kind: "speakers". */
    protected abstract String plural();

    protected abstract F blankForm();

    protected abstract F formOf(D record);

    protected abstract List<Column<S>> columns();

    /** How a stored record is named on its page. */
    protected abstract String title(D record);

    /** Links from a stored record's page: its public page, its quotes. */
    protected abstract List<Link> links(D record);

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("page") String page) {
        PagedList<S> records = PagedList.of(Links.records(plural()), page, PAGE_SIZE, records()::list);
        List<Column<S>> columns = columns();
        List<Row> rows = records.page().items().stream().map(r -> new Row(r.id(), Links.record(plural(), r.id()),
                columns.stream().map(c -> c.value().apply(r)).toList(), Formats.grouped(r.quoteCount()))).toList();
        List<String> headings = columns.stream().map(Column::heading).toList();
        return Templates.list(new ListView(capitalised(plural()), "New " + records().kind(),
                Links.newRecord(plural()), headings, rows, records));
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public TemplateInstance blank() {
        return form(blankForm(), null, Map.of(), null);
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance edit(@RestPath long id) {
        D record = records().get(id);
        return form(formOf(record), record, Map.of(), null);
    }

    @GET
    @Path("{id}/delete")
    @Operation(hidden = true)
    public TemplateInstance confirmDelete(@RestPath long id) {
        D record = records().get(id);
        return Templates.confirmDelete(new DeleteView("Delete " + records().kind() + " " + title(record) + "?",
                Links.deleteRecord(plural(), id), Links.record(plural(), id)));
    }

    @POST
    @Path("{id}/delete")
    @Operation(hidden = true)
    public RestResponse<Object> delete(@RestPath long id) {
        try {
            records().delete(id);
        } catch (ConflictException e) {
            D record = records().get(id);
            return RecordForms.page(409, form(formOf(record), record, Map.of(), e.getMessage()));
        }
        return Flash.redirect(Links.records(plural()), capitalised(records().kind()) + " " + id + " deleted.");
    }

    /** What the kind's POST of a new record does. */
    protected RestResponse<Object> createFrom(F form) {
        return RecordForms.save(() -> {
            long id = records().create(form.toInput()).id();
            return new RecordForms.Saved(Links.record(plural(), id), created(id));
        }, (errors, problem) -> form(form, null, errors, problem));
    }

    /** What the kind's POST of a stored record does. */
    protected RestResponse<Object> saveFrom(long id, F form) {
        return RecordForms.save(() -> {
            records().update(id, form.toInput());
            return new RecordForms.Saved(Links.record(plural(), id), "Saved.");
        }, (errors, problem) -> form(form, records().get(id), errors, problem));
    }

    /** The message after a record is created. */
    protected String created(long id) {
        return capitalised(records().kind()) + " " + id + " created.";
    }

    private TemplateInstance form(F form, D record, Map<String, String> errors, String problem) {
        List<FormField> fields = form.fields().stream().map(f -> f.withErrorFrom(errors)).toList();
        if (record == null) {
            return Templates.form(new FormView("New " + records().kind(), Links.records(plural()), null, problem,
                    fields, List.of(), false, List.of()));
        }
        long id = record.id();
        List<Link> links = new ArrayList<>(links(record));
        links.add(new Link("Its " + Formats.quotes(record.quoteCount()), Links.quotesOf(records().kind(), id)));
        if (record.quoteCount() == 0) {
            links.add(new Link("Delete…", Links.deleteRecord(plural(), id)));
        }
        List<AuditView> history = records().history(id);
        return Templates.form(new FormView(title(record), Links.record(plural(), id), form.version(), problem, fields,
                links, true, history));
    }

    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
