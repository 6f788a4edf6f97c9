package org.quotedesk.web.admin;

import static org.quotedesk.common.Strings.blankToNull;

import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.quotedesk.catalogue.source.SourceDto;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.curation.SourceInput;

/** The source form as typed: with the full text, or without it (a citation, with a locator). */
public class SourceForm implements RecordForm<SourceInput> {

    @RestForm
    public String title;

    @RestForm
    public String publisher;

    @RestForm
    public String url;

    @RestForm
    public String publishedOn;

    @RestForm
    public String language;

    @RestForm
    public String locator;

    @RestForm
    public String text;

    @RestForm
    public String notes;

    @RestForm
    public String version;

    public static SourceForm of(SourceDto s) {
        SourceForm form = new SourceForm();
        form.title = s.title();
        form.publisher = s.publisher();
        form.url = s.url();
        form.publishedOn = s.publishedOn().toString();
        form.language = s.language();
        form.locator = s.locator();
        form.text = s.text();
        form.notes = s.notes();
        form.version = Long.toString(s.version());
        return form;
    }

    public static SourceForm blank() {
        SourceForm form = new SourceForm();
        form.language = "en";
        return form;
    }

    @Override
    public SourceInput toInput() {
        FieldErrors errors = new FieldErrors();
        LocalDate date = Forms.date(publishedOn, "publishedOn", errors);
        errors.throwIfAny();
        return new SourceInput(title, publisher, blankToNull(url), date, language, unixLineBreaks(text), locator,
                notes, Forms.version(version));
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.text("title", "Title", title),
                FormField.text("publisher", "Publisher or outlet", publisher),
                FormField.of("date", "publishedOn", "Published on", publishedOn),
                FormField.text("language", "Language", language).hint("a language tag such as en or pt-BR"),
                FormField.of("url", "url", "Address (URL)", url),
                FormField.text("locator", "Where in it", locator)
                        .hint("a page, a timestamp, a paragraph: what a reader needs to find the quotes"),
                FormField.of("longtext", "text", "Full text", text).hint("Leave it empty for a citation (a broadcast,"
                        + " a book, a paywalled article): its quotes then have no offsets. With a text, quotes point"
                        + " into it, so change it only to correct it."),
                FormField.of("textarea", "notes", "Provenance notes", notes));
    }

    /** The fields of an article to import: it has a text, read for quotes, and so no locator. */
    public List<FormField> articleFields() {
        return fields().stream().filter(f -> !f.name().equals("locator")).map(f -> !f.name().equals("text") ? f
                : FormField.of("longtext", "text", "Text of the article (up to 200,000 characters)", text)
                        .hint("Dates like “on Saturday” are read against the publication date.")).toList();
    }

    @Override
    public String version() {
        return version;
    }

    /**
     * A textarea sends its line breaks as CR LF, but a page's text has LF only: stored as sent, the
     * offsets an editor selects on a page would miss the quote by one character per line.
     */
    static String unixLineBreaks(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
