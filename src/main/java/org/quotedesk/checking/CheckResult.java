package org.quotedesk.checking;

import java.util.List;

/** A check's answer: the verdict, the speaker given (null when none), and the closest quotes on record, best first. */
public record CheckResult(Verdict verdict, GivenSpeaker speaker, List<CheckMatch> matches) {
}
