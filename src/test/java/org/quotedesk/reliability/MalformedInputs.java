package org.quotedesk.reliability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several hundred distinct malformed requests: bodies of the wrong shape, fields of every wrong
 * type, query syntax that cannot be read, odd paths, headers and cookies, admin forms filled with
 * garbage. None may be answered with a 5xx, nor show a stack trace.
 */
final class MalformedInputs {

    /** What the run found. */
    record Found(int tried, Map<Integer, Integer> byStatus, List<String> failures, int stackTraces) {
    }

    private static final String[] BAD_VALUES = {"null", "1", "-1", "1e308", "99999999999999999999", "true", "\"\"",
        "\" \"", "\"" + "x".repeat(12_000) + "\"", "[]", "{}", "\"2022-02-30\"", "\"-999999999-01-01\"",
        "\"0000-00-00\"", "\"\\ud800\"", "\"\\u0000\"", "\"NOT_A_CHOICE\"", "{\"id\": -1}", "{\"id\": \"x\"}",
        "{\"id\": 9e18}"};
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat (org|java|io|jdk)\\.[\\w.$]+\\(");
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Client client;
    private final String user;
    private final String password;
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final List<String> serverErrors = new ArrayList<>();
    private int tried;
    private int stackTraces;

    MalformedInputs(Client client, String user, String password) {
        this.client = client;
        this.user = user;
        this.password = password;
    }

    Found run() throws Exception {
        jsonBodies();
        queries();
        paths();
        headersAndCookies();
        adminForms();
        return new Found(tried, byStatus, serverErrors, stackTraces);
    }

    private void jsonBodies() {
        Map<String, String> bases = new LinkedHashMap<>();
        bases.put("POST /api/quotes", "{\"text\": \"harmful\", \"type\": \"DIRECT\", \"speaker\": {\"id\": 1},"
                + " \"source\": {\"id\": 1}, \"start\": 0, \"end\": 7, \"spokenOn\": \"2022-02-20\","
                + " \"datePrecision\": \"DAY\", \"status\": \"UNVERIFIED\", \"language\": \"en\", \"translated\": false,"
                + " \"notes\": \"n\", \"reportedVia\": \"r\", \"venue\": {\"id\": 1}, \"version\": 0}");
        bases.put("PUT /api/quotes/1", bases.get("POST /api/quotes"));
        bases.put("POST /api/speakers", "{\"name\": \"Fuzz\", \"kind\": \"PERSON\", \"role\": \"r\", \"aliases\": [\"a\"],"
                + " \"affiliation\": \"f\", \"wikidataId\": \"Q1\", \"version\": 0}");
        bases.put("PUT /api/speakers/1", bases.get("POST /api/speakers"));
        bases.put("POST /api/venues", "{\"name\": \"Fuzz hall\", \"kind\": \"SPEECH\", \"location\": \"l\", \"version\": 0}");
        bases.put("POST /api/sources", "{\"title\": \"Fuzz\", \"publishedOn\": \"2022-02-22\", \"language\": \"en\","
                + " \"text\": \"Fuzz said: harmful.\", \"url\": \"https://example.org/a\", \"publisher\": \"p\","
                + " \"notes\": \"n\", \"version\": 0}");
        bases.put("POST /api/extract", "{\"text\": \"“We wait,” Anna Berg said.\", \"publishedOn\": \"2022-02-22\","
                + " \"publisher\": \"p\"}");
        Set<String> shapes = new LinkedHashSet<>(List.of("", "{", "}", "[]", "null", "1", "\"x\"", "{\"a\":",
                "{\"text\": 1e999999}", "[".repeat(5_000) + "]".repeat(5_000), "{\"text\": \"a\", \"text\": 2}",
                "\uFEFF{}", "{'text': 'single quotes'}", "{\"text\": \"a\"} trailing"));
        for (Map.Entry<String, String> base : bases.entrySet()) {
            String[] route = base.getKey().split(" ");
            for (String shape : shapes) {
                json(route[0], route[1], shape);
            }
            for (String field : fields(base.getValue())) {
                for (String bad : BAD_VALUES) {
                    json(route[0], route[1], base.getValue().replaceFirst("\"" + field + "\": (\\{[^}]*\\}|\\[[^\\]]*\\]|"
                            + "\"[^\"]*\"|[^,}]+)", Matcher.quoteReplacement("\"" + field + "\": " + bad)));
                }
            }
        }
    }

    private static List<String> fields(String json) {
        List<String> fields = new ArrayList<>();
        Matcher m = Pattern.compile("\"(\\w+)\": ").matcher(json);
        while (m.find()) {
            if (!fields.contains(m.group(1)) && !m.group(1).equals("id")) {
                fields.add(m.group(1));
            }
        }
        return fields;
    }

    private void json(String method, String path, String body) {
        record(method + " " + path + " " + body, client.send(method, path, "application/json", body, user, password));
    }

    private void queries() {
        String[] qs = {"((((", "a AND", "AND", "~~~", "*", "?", "\\", "\"unclosed", "a:b", "text:x", "[a TO b]",
            "{a TO b}", "a^1000", "a^-1", "a~9999", "/re/", "/.*a.*/", "NOT", "-", "+", "!", "&&", "||", "a||b",
            "%00", "%", "..", "%20", "x".repeat(1_001), "a* b* c* d* e* f*", "\"a\"~100000", "a~0.5", "é~", "*a",
            "?a", "a*b*c*d", "\"\"", "()", "(a OR (b AND (c OR (d AND (e OR f)))))", "%E2%82", "%F0%9F%98%80*"};
        for (String q : qs) {
            for (String path : List.of("/api/quotes?q=", "/?q=", "/admin/quotes?q=")) {
                get(path + encoded(q));
            }
        }
        Map<String, String[]> params = new LinkedHashMap<>();
        params.put("page", new String[] {"-1", "abc", "99999999999", "1e3", "", "10000000"});
        params.put("size", new String[] {"0", "101", "-5", "x", "1.5"});
        params.put("from", new String[] {"2022-02-30", "x", "99999-01-01", "-1", "2022-2-2"});
        params.put("to", new String[] {"2022-13-01", "", "0000-00-00"});
        params.put("sort", new String[] {"x", "DATE", "-relevance", "--date"});
        params.put("speaker", new String[] {"%25", "'", "\"", "x".repeat(500), "-1", "99999999999999999999"});
        params.put("venue", new String[] {"'", "9999999"});
        params.put("type", new String[] {"x", "direct", "DIRECT,PARTIAL"});
        params.put("status", new String[] {"?", "verified"});
        params.put("source", new String[] {"x", "-1", "1e9", "99999999999999999999"});
        for (Map.Entry<String, String[]> param : params.entrySet()) {
            for (String value : param.getValue()) {
                get("/api/quotes?" + param.getKey() + "=" + encoded(value));
                get("/?" + param.getKey() + "=" + encoded(value));
            }
        }
        for (String value : new String[] {"-1", "x", "99999999999"}) {
            get("/api/speakers?page=" + value);
            get("/api/sources?size=" + value);
            get("/api/speakers/1/quotes?page=" + value);
            get("/speakers/1?page=" + value);
        }
    }

    private void paths() {
        String[] paths = {"/api/quotes/abc", "/api/quotes/-1", "/api/quotes/99999999999999999999", "/api/quotes/1.5",
            "/quotes/abc", "/quotes/%00", "/speakers/..%2f..%2fetc", "/api//quotes", "//api/quotes",
            "/api/quotes/1/..", "/%2e%2e/%2e%2e/etc/passwd", "/admin/../api/quotes", "/q/../api",
            "/speakers/99999999", "/" + "a".repeat(8_000), "/api/sources/0", "/api/venues/x", "/api/speakers/%20",
            "/quotes/1%0d%0aSet-Cookie:x=y", "/api/quotes;x=1", "/admin;x=1", "/admin/quotes,1", "/login;x",
            "/api/export?x=%", "/css/../../etc/passwd", "/js/%2e%2e/x", "/api/extract", "/api/import"};
        for (String path : paths) {
            get(path);
        }
    }

    private void headersAndCookies() {
        String extract = "{\"text\": \"“We wait,” Anna Berg said.\"}";
        for (String type : new String[] {"application/json; charset=ebcdic", "application/json; charset=", "*/*",
            "application/*", "text/html", "application/JSON", "application/json;;", "application/json; boundary",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "text/plain", "x", "/"}) {
            record("type " + type, client.send("POST", "/api/extract", type, extract, null, null));
            record("type " + type, client.send("POST", "/logout", type, "a=b", null, null));
        }
        String[] raw = {
            "POST /api/extract HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n\r\n",
            "POST /api/extract HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n",
            "POST /api/extract HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
            "POST /api/extract HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n",
            "POST /api/extract HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: identity\r\n\r\n",
            "POST /api/extract HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            "GET /api/quotes HTTP/1.0\r\n\r\n", "GET /api/quotes HTTP/1.1\r\n\r\n",
            "GET /api/quotes HTTP/1.1\r\nHost: \r\n\r\n", "GET /api/quotes HTTP/1.1\r\nHost: evil.example\r\n\r\n",
            "GET /api/quotes HTTP/9.9\r\nHost: localhost\r\n\r\n", "BREW /api/quotes HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "GET /api/quotes HTTP/1.1\r\nHost: localhost\r\nAccept: */*;q=abc\r\n\r\n",
            "GET /api/quotes HTTP/1.1\r\nHost: localhost\r\nAccept: application/xml\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: localhost\r\nAccept: text/html;level=1;q=2\r\n\r\n",
            "GET /api/quotes HTTP/1.1\r\nHost: localhost\r\n" + "X-Long: " + "a".repeat(7_000) + "\r\n\r\n",
            "GET /admin HTTP/1.1\r\nHost: localhost\r\nCookie: quarkus-credential=garbage\r\n\r\n",
            "GET /admin HTTP/1.1\r\nHost: localhost\r\nCookie: quarkus-credential=\r\n\r\n",
            "GET /admin HTTP/1.1\r\nHost: localhost\r\nCookie: quotedesk-session=a.b.c\r\n\r\n",
            "GET /admin HTTP/1.1\r\nHost: localhost\r\nCookie: quotedesk-flash=%zz\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: localhost\r\nCookie: csrf-token=%%%; quotedesk-flash=%\r\n\r\n",
            "POST /logout HTTP/1.1\r\nHost: localhost\r\nCookie: csrf-token=abc\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 14\r\n\r\ncsrf-token=abc",
            "POST /j_security_check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 11\r\n\r\nj_username=",
            "POST /j_security_check HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nabc",
            "POST /j_security_check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 40\r\n\r\nj_username=%0a%0d&j_password=%zz%00aaaaa"};
        for (String request : raw) {
            Client.Answer answer = client.raw("127.0.0.1", request.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(10));
            record("raw " + request.lines().findFirst().orElse(""), answer);
        }
    }

    /** The admin forms, signed in, with their token, filled with what no editor would type. */
    private void adminForms() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        form(browser, "/j_security_check", Map.of("j_username", user, "j_password", password));
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        forms.put("/admin/quotes", Map.of("text", "harmful", "type", "DIRECT", "speaker", "Dmitry Peskov",
                "source", "1", "start", "0", "end", "7", "spokenOn", "2022-02-20", "datePrecision", "DAY",
                "status", "UNVERIFIED"));
        forms.put("/admin/speakers", Map.of("name", "Form fuzz", "kind", "PERSON", "aliases", "a"));
        forms.put("/admin/sources", Map.of("title", "Form fuzz", "publishedOn", "2022-02-22", "language", "en",
                "text", "x"));
        forms.put("/admin/venues", Map.of("name", "Form fuzz hall", "kind", "SPEECH"));
        String[] garbage = {"", " ", "-1", "99999999999999999999", "2022-02-30", "x".repeat(20_000), "%00", "\u0000",
            "NOT_A_CHOICE", "<script>alert(1)</script>", "1e9"};
        for (Map.Entry<String, Map<String, String>> form : forms.entrySet()) {
            String token = token(browser, form.getKey() + "/new");
            for (String field : form.getValue().keySet()) {
                for (String bad : garbage) {
                    Map<String, String> fields = new LinkedHashMap<>(form.getValue());
                    fields.put(field, bad);
                    fields.put("csrf-token", token);
                    record("form " + form.getKey(), form(browser, form.getKey(), fields));
                }
            }
        }
    }

    private String token(HttpClient browser, String page) throws Exception {
        String html = browser.send(HttpRequest.newBuilder(URI.create(client.url(page))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = TOKEN.matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private Client.Answer form(HttpClient browser, String path, Map<String, String> fields) throws Exception {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(encoded(k)).append('=')
                .append(encoded(v)));
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(client.url(path)))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Client.Answer(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException noAnswer) {
            return new Client.Answer(0, noAnswer.toString(), System.nanoTime() - start);
        }
    }

    /** A GET, sent raw when it is not even a valid URI for a well-behaved client. */
    private void get(String path) {
        Client.Answer answer;
        try {
            URI.create(client.url(path));
            answer = client.get(path, Duration.ofSeconds(30));
        } catch (IllegalArgumentException notAUri) {
            answer = client.raw("127.0.0.1", ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(30));
        }
        record("GET " + path, answer);
    }

    private void record(String what, Client.Answer answer) {
        tried++;
        byStatus.merge(answer.status(), 1, Integer::sum);
        if ((answer.status() >= 500 || answer.status() == 0) && serverErrors.size() < 30) {
            String detail = answer.status() == 0 ? " (" + answer.body() + ")" : "";
            serverErrors.add(answer.status() + " " + (what.length() > 120 ? what.substring(0, 120) + "…" : what) + detail);
        }
        if (answer.body().contains("\tat ") || STACK_FRAME.matcher(answer.body()).find()) {
            stackTraces++;
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
