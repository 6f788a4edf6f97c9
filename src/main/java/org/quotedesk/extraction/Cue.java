package org.quotedesk.extraction;

/**
 * A word that reports speech ("said", "told", "according to") and what may follow it; {@code agent}
 * is where the speaker of a passive cue is named ("was asked by host Bill Maher"), or -1.
 */
record Cue(int start, int end, String word, SpeechCues.Frame frame, int agent) {

    /** "saying", "adding": the cue ends in one of the language's participle endings. */
    boolean participle(Language language) {
        return language.endsWith("participle-endings", word);
    }

    boolean according() {
        return frame == SpeechCues.Frame.ACCORDING;
    }
}
