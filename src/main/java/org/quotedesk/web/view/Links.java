package org.quotedesk.web.view;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the pages are: every link and redirect is built here, in Java as in templates
 * ({@code {link:record('speakers', s.id)}}), so that a page that moves moves once.
 */
@TemplateExtension(namespace = "link")
public final class Links {

    public static final String ADMIN = "/admin";

    private Links() {
    }

    public static String admin() {
        return ADMIN;
    }

    /** An admin list: "quotes", "speakers", "venues", "sources", "articles", "users", "changes", "account". */
    public static String records(String plural) {
        return ADMIN + "/" + plural;
    }

    public static String record(String plural, Object id) {
        return records(plural) + "/" + id;
    }

    public static String newRecord(String plural) {
        return records(plural) + "/new";
    }

    public static String deleteRecord(String plural, Object id) {
        return record(plural, id) + "/delete";
    }

    /** An action on a record, posted: "restore", "password". */
    public static String recordAction(String plural, Object id, String action) {
        return record(plural, id) + "/" + action;
    }

    /** What is done to a review candidate of an article: "accept", "reject", "reopen". */
    public static String candidateAction(Object sourceId, Object candidateId, String action) {
        return record("articles", sourceId) + "/candidates/" + candidateId + "/" + action;
    }

    /** Where a quote the extractor missed is added to an article's review. */
    public static String missedCandidate(Object sourceId) {
        return record("articles", sourceId) + "/candidates";
    }

    /** The admin list of the quotes of a speaker, a venue or a source. */
    public static String quotesOf(String kind, Object id) {
        return records("quotes") + "?" + kind + "=" + id;
    }

    /** The quote form, its source already chosen. */
    public static String newQuoteFrom(Object sourceId) {
        return newRecord("quotes") + "?source=" + sourceId;
    }

    /** The quote form filled from a review candidate. */
    public static String newQuoteFromCandidate(Object candidateId) {
        return newRecord("quotes") + "?candidate=" + candidateId;
    }

    /** The quote form filled from a review candidate, with one of the other people its words could name as speaker. */
    public static String newQuoteFromCandidateAs(Object candidateId, String speaker) {
        return newQuoteFromCandidate(candidateId) + "&speaker=" + URLEncoder.encode(speaker, StandardCharsets.UTF_8);
    }

    /** The review page of an imported article, at one of its candidates. */
    public static String candidate(Object sourceId, Object candidateId) {
        return record("articles", sourceId) + "#candidate-" + candidateId;
    }

    public static String quote(Object id) {
        return "/quotes/" + id;
    }

    public static String speaker(Object id) {
        return "/speakers/" + id;
    }
}
