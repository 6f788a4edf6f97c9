package org.quotedesk.admin;

import static org.quotedesk.common.Strings.blankToNull;

import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestForm;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.source.SourceDto;
import org.quotedesk.source.SourceInput;

/** The source form as typed, with the full text. */
public class SourceForm {

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

    public SourceInput toInput() {
        FieldErrors errors = new FieldErrors();
        LocalDate date = Forms.date(publishedOn, "publishedOn", errors);
        errors.throwIfAny();
        return new SourceInput(title, publisher, blankToNull(url), date, language, unixLineBreaks(text), notes,
                Forms.version(version));
    }

    /**
     * A textarea sends its line breaks as CR LF, but a page's text has LF only: stored as sent, the
     * offsets an editor selects on a page would miss the quote by one character per line.
     */
    static String unixLineBreaks(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
