package org.quotedesk.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.quotedesk.common.QuoteDeskConfig;
import org.quotedesk.common.ServiceBusyException;

/**
 * OpenSearch's REST API, as JSON in and out, over the JDK's HTTP client: the few calls QuoteDesk
 * makes need no client library, and none of OpenSearch's jars comes onto the application's
 * classpath. Credentials in the address ({@code http://user:password@host:9200}) are sent as HTTP
 * Basic and never appear in a message.
 */
@ApplicationScoped
class OpenSearchClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Index writes and administration; searches have the search time limit. */
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(120);

    @Inject
    ObjectMapper json;

    @Inject
    QuoteDeskConfig config;

    private volatile HttpClient http;
    private URI base;
    private String authorization;

    /** OpenSearch answered with an error status. */
    static final class Failure extends RuntimeException {
        final int status;
        final String type;

        Failure(int status, String type, String reason) {
            super("OpenSearch answered " + status + " (" + type + "): " + reason);
            this.status = status;
            this.type = type;
        }
    }

    /** The response's JSON; {@link MissingNode} for a 404 when {@code notFoundIsEmpty}. */
    JsonNode send(String method, String path, Object body, Duration timeout, boolean notFoundIsEmpty) {
        try {
            String text = body == null ? null : body instanceof String s ? s : json.writeValueAsString(body);
            return send(method, path, text, body instanceof String ? "application/x-ndjson" : "application/json",
                    timeout, notFoundIsEmpty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode send(String method, String path, String body, String contentType, Duration timeout,
            boolean notFoundIsEmpty) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new ServiceBusyException("The search service did not answer in time", Duration.ofSeconds(5));
        } catch (IOException e) {
            throw new ServiceBusyException("The search service cannot be reached", Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for OpenSearch", e);
        }
        if (response.statusCode() == 404 && notFoundIsEmpty) {
            return MissingNode.getInstance();
        }
        JsonNode answer = response.body().length == 0 ? MissingNode.getInstance() : json.readTree(response.body());
        if (response.statusCode() >= 400) {
            JsonNode error = answer.path("error");
            JsonNode cause = error.path("root_cause").path(0);
            throw new Failure(response.statusCode(), cause.path("type").asText(error.path("type").asText("")),
                    cause.path("reason").asText(error.path("reason").asText(answer.toString())));
        }
        return answer;
    }

    private synchronized URI base() {
        if (http == null) {
            URI url = config.opensearch().url().orElseThrow();
            if (url.getRawUserInfo() != null) {
                String user = URLDecoder.decode(url.getRawUserInfo(), StandardCharsets.UTF_8);
                authorization = "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
            }
            base = URI.create(url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                    + "/");
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build();
        }
        return base;
    }
}
