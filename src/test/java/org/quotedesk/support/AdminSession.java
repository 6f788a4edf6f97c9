package org.quotedesk.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like session of the admin pages: signed in with the form, posting forms with their CSRF token. */
public final class AdminSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();

    /** Where the application runs ("" for the one under test); paths are appended to it. */
    private final String base;

    private AdminSession(String base) {
        this.base = base;
    }

    /** Signs in through /j_security_check, as the login page's form does. */
    public static AdminSession signIn(String username, String password) {
        return signIn("", username, password);
    }

    /** Signs in to the application at {@code base} ("http://127.0.0.1:port"). */
    public static AdminSession signIn(String base, String username, String password) {
        AdminSession session = new AdminSession(base);
        Response response = given().redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", password)
                .post(base + "/j_security_check");
        session.cookies.putAll(response.getCookies());
        return session;
    }

    /** The same cookies, as a copy of them saved by someone else: not updated by this session's answers. */
    public AdminSession copy() {
        AdminSession copy = new AdminSession(base);
        copy.cookies.putAll(cookies);
        return copy;
    }

    /** The same cookies sent to another instance, as a browser would after a restart on another port. */
    public AdminSession copyFor(String otherBase) {
        AdminSession copy = new AdminSession(otherBase);
        copy.cookies.putAll(cookies);
        return copy;
    }

    public boolean signedIn() {
        return cookies.containsKey("quarkus-credential");
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    public Response get(String path) {
        Response response = request().get(base + path);
        cookies.putAll(response.getCookies());
        return response;
    }

    /** Posts a form as the page at {@code formPage} would, with the CSRF token it carries. */
    public Response submit(String formPage, String action, Map<String, String> fields) {
        String page = get(formPage).asString();
        Matcher token = TOKEN.matcher(page);
        if (!token.find()) {
            throw new AssertionError("no CSRF token in " + formPage);
        }
        Map<String, String> withToken = new HashMap<>(fields);
        withToken.put("csrf-token", token.group(1));
        return postWithoutToken(action, withToken);
    }

    /** Posts a body of any type, as a forged page or script could: with the cookies, without a token. */
    public Response post(String action, String contentType, String body) {
        RequestSpecification request = request();
        if (contentType != null) {
            request.contentType(contentType);
        }
        Response response = (body == null ? request : request.body(body)).post(base + action);
        cookies.putAll(response.getCookies());
        return response;
    }

    /** Posts a form as a forged page would: without the token. */
    public Response postWithoutToken(String action, Map<String, String> fields) {
        Response response = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(fields).post(base + action);
        cookies.putAll(response.getCookies());
        return response;
    }
}
