package org.quotedesk.web.admin;

import java.util.List;
import java.util.Map;
import org.quotedesk.web.view.Choice;

/**
 * One field of an admin form, as the {@code field} tag draws it: its label, its kind of input, what
 * was typed, the choices of a select box, a hint, and the error found in it.
 *
 * @param widget "text", "textarea" (a few lines), "longtext" (a whole article), "select", "date",
 *     "url", "numeric" (digits), "checkbox" (ticked when {@code value} is "on")
 */
public record FormField(String name, String label, String widget, String value, List<Choice> choices, String hint,
        String error) {

    public static FormField text(String name, String label, String value) {
        return new FormField(name, label, "text", value, List.of(), null, null);
    }

    public static FormField of(String widget, String name, String label, String value) {
        return new FormField(name, label, widget, value, List.of(), null, null);
    }

    public static FormField select(String name, String label, List<Choice> choices) {
        return new FormField(name, label, "select", null, choices, null, null);
    }

    public FormField hint(String text) {
        return new FormField(name, label, widget, value, choices, text, error);
    }

    /** The field with the error found in it, if any. */
    public FormField withErrorFrom(Map<String, String> errors) {
        return new FormField(name, label, widget, value, choices, hint, errors.get(name));
    }

    public String errorId() {
        return name + "-error";
    }

    public boolean checked() {
        return QuoteForm.CHECKED.equals(value);
    }

    public int rows() {
        return "longtext".equals(widget) ? 16 : 3;
    }
}
