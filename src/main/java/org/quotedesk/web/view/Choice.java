package org.quotedesk.web.view;

import java.util.ArrayList;
import java.util.List;

/** An option of a select box: the value sent, the label shown, whether it is the current one. */
public record Choice(String value, String label, boolean selected) {

    /** Every value of an enum, labelled, with the one named {@code current} selected. */
    public static <E extends Enum<E>> List<Choice> of(E[] values, String current) {
        List<Choice> choices = new ArrayList<>();
        for (E value : values) {
            choices.add(new Choice(value.name(), Labels.of(value), value.name().equals(current)));
        }
        return choices;
    }

    /** As {@link #of}, after a first choice of none ("Any"), selected when nothing is. */
    public static <E extends Enum<E>> List<Choice> anyOf(E[] values, String current, String none) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", none, current == null || current.isEmpty()));
        choices.addAll(of(values, current));
        return choices;
    }
}
