package org.quotedesk.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.lucene.search.Query;
import org.jboss.logging.Logger;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.common.PageRequest;
import org.quotedesk.common.QuoteDeskConfig;

/**
 * The quotes' index in OpenSearch, shared by every instance of the scale build. Searches go
 * through an alias; a rebuild fills a new index and then moves the alias to it in one step, so
 * readers never see a half-built index. Writes carry external versions ({@link QuoteIndex#write}).
 */
@ApplicationScoped
@Typed(OpenSearchQuoteIndex.class)
class OpenSearchQuoteIndex implements QuoteIndex {

    private static final Logger LOG = Logger.getLogger(OpenSearchQuoteIndex.class);
    private static final String DEFINITION = "opensearch/quote-index.json";
    private static final DateTimeFormatter INDEX_SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Inject
    OpenSearchClient client;

    @Inject
    OpenSearchDocuments documents;

    @Inject
    ObjectMapper json;

    @Inject
    QuoteDeskConfig config;

    @Override
    public boolean open() {
        JsonNode aliased = client.send("GET", "_alias/" + alias(), null, OpenSearchClient.WRITE_TIMEOUT, true);
        if (aliased.isMissingNode() || !aliased.fieldNames().hasNext()) {
            return true;
        }
        String index = aliased.fieldNames().next();
        JsonNode mapping = client.send("GET", index + "/_mapping", null, OpenSearchClient.WRITE_TIMEOUT, false);
        String format = mapping.path(index).path("mappings").path("_meta").path("format").asText();
        String expected = definition().path("mappings").path("_meta").path("format").asText();
        if (!expected.equals(format)) {
            LOG.warnf("The OpenSearch index %s has format %s, not %s: rebuilding it", index, format, expected);
            return true;
        }
        return false;
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public boolean writesAreDurable() {
        return true;
    }

    @Override
    public long documentCount() {
        // No index yet counts nothing.
        return client.send("GET", alias() + "/_count", null, OpenSearchClient.WRITE_TIMEOUT, true)
                .path("count").asLong();
    }

    @Override
    public void write(List<IndexedQuote> changed, Collection<Long> deleted, long version) {
        bulk(alias(), changed, deleted, version);
    }

    /** Makes the writes visible to searches (OpenSearch's translog has made them durable already). */
    @Override
    public void commit() {
        client.send("POST", alias() + "/_refresh", null, OpenSearchClient.WRITE_TIMEOUT, false);
    }

    @Override
    public Rebuild rebuild() {
        String index = alias() + "-" + LocalDateTime.now().format(INDEX_SUFFIX) + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        ObjectNode definition = definition();
        ObjectNode settings = (ObjectNode) definition.path("settings");
        settings.put("number_of_shards", config.opensearch().shards());
        // No replicas and no refreshes while it fills: both are set when it is done.
        settings.put("number_of_replicas", 0);
        settings.put("refresh_interval", "-1");
        client.send("PUT", index, definition, OpenSearchClient.WRITE_TIMEOUT, false);
        return new Rebuild() {
            private boolean finished;

            @Override
            public void add(List<IndexedQuote> quotes, long version) {
                bulk(index, quotes, List.of(), version);
            }

            @Override
            public void finish() {
                ObjectNode live = json.createObjectNode();
                live.putObject("index").put("number_of_replicas", config.opensearch().replicas())
                        .putNull("refresh_interval");
                client.send("PUT", index + "/_settings", live, OpenSearchClient.WRITE_TIMEOUT, false);
                client.send("POST", index + "/_refresh", null, OpenSearchClient.WRITE_TIMEOUT, false);
                moveAlias(index);
                finished = true;
            }

            @Override
            public void close() {
                if (!finished) {
                    client.send("DELETE", index, null, OpenSearchClient.WRITE_TIMEOUT, true);
                }
            }
        };
    }

    /** Points the alias at {@code index} alone, in one step, and deletes the indexes it leaves. */
    private void moveAlias(String index) {
        JsonNode aliased = client.send("GET", "_alias/" + alias(), null, OpenSearchClient.WRITE_TIMEOUT, true);
        List<String> old = new ArrayList<>();
        aliased.fieldNames().forEachRemaining(old::add);
        ObjectNode actions = json.createObjectNode();
        for (String previous : old) {
            actions.withArray("actions").addObject().putObject("remove").put("index", previous).put("alias", alias());
        }
        actions.withArray("actions").addObject().putObject("add").put("index", index).put("alias", alias());
        client.send("POST", "_aliases", actions, OpenSearchClient.WRITE_TIMEOUT, false);
        for (String previous : old) {
            client.send("DELETE", previous, null, OpenSearchClient.WRITE_TIMEOUT, true);
        }
        LOG.infof("Searches now go to the OpenSearch index %s", index);
    }

    /**
     * Writes documents and deletes, each with the version given; a write older than the document's
     * (a conflict) is what versions are for and is skipped, any other failure is thrown.
     */
    private void bulk(String index, List<IndexedQuote> changed, Collection<Long> deleted, long version) {
        if (changed.isEmpty() && deleted.isEmpty()) {
            return;
        }
        StringBuilder body = new StringBuilder(changed.size() * 2048);
        try {
            for (IndexedQuote quote : changed) {
                body.append(action("index", quote.stored().id(), version)).append('\n');
                body.append(json.writeValueAsString(documents.toSource(quote))).append('\n');
            }
            for (long id : deleted) {
                body.append(action("delete", id, version)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode answer = client.send("POST", index + "/_bulk", body.toString(), OpenSearchClient.WRITE_TIMEOUT, false);
        if (answer.path("errors").asBoolean()) {
            for (JsonNode item : answer.path("items")) {
                JsonNode result = item.elements().next();
                int status = result.path("status").asInt();
                if (status >= 300 && status != 404 && status != 409) {
                    throw new OpenSearchClient.Failure(status, result.path("error").path("type").asText(),
                            result.path("error").path("reason").asText());
                }
            }
        }
    }

    private static String action(String kind, long id, long version) {
        return "{\"" + kind + "\":{\"_id\":\"" + id + "\",\"version\":" + version
                + ",\"version_type\":\"external_gte\"}}";
    }

    @Override
    public SearchHits search(Query text, SearchCriteria criteria, Set<Long> speakerIds, Set<Long> venueIds) {
        return new OpenSearchSearch(client, documents, config.search().timeLimit())
                .run(alias(), OpenSearchQueries.build(text, criteria, speakerIds, venueIds), text, criteria);
    }

    /** OpenSearch's term suggester: Lucene's spell checker, as the embedded index runs it, on each shard. */
    @Override
    public List<String> corrections(List<String> words) {
        ObjectNode body = json.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", false);
        body.set("query", json.createObjectNode().set("match_none", json.createObjectNode()));
        ObjectNode suggest = body.putObject("suggest");
        for (int i = 0; i < words.size(); i++) {
            suggest.putObject("word" + i).put("text", words.get(i)).putObject("term")
                    .put("field", QuoteFields.SPELLING).put("suggest_mode", "missing").put("size", 1)
                    .put("max_edits", SearchLimits.SPELLING_MAX_EDITS)
                    .put("prefix_length", SearchLimits.SPELLING_PREFIX)
                    .put("min_word_length", SearchLimits.SPELLING_MIN_LENGTH);
        }
        JsonNode answer = client.send("POST", alias() + "/_search", body, config.search().timeLimit().plusSeconds(3),
                false);
        List<String> corrections = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            JsonNode closest = answer.path("suggest").path("word" + i).path(0).path("options").path(0).path("text");
            corrections.add(closest.isMissingNode() ? null : closest.asText());
        }
        return corrections;
    }

    @Override
    public List<Long> filedUnder(Collection<Long> keys, int k) {
        if (keys.isEmpty()) {
            return List.of();
        }
        ObjectNode body = json.createObjectNode();
        body.put("size", k);
        body.put("track_total_hits", false);
        body.put("_source", false);
        ArrayNode anyKey = body.putObject("query").putObject("bool").putArray("should");
        for (long key : keys) {
            anyKey.addObject().putObject("constant_score").putObject("filter").putObject("term")
                    .put(QuoteFields.WORDING_KEY, QuoteDocuments.keyTerm(key));
        }
        // A step of a write, not a reader's search: it waits as long as the write would.
        JsonNode answer = client.send("POST", alias() + "/_search", body, OpenSearchClient.WRITE_TIMEOUT, false);
        List<Long> ids = new ArrayList<>(k);
        for (JsonNode hit : answer.path("hits").path("hits")) {
            ids.add(hit.path("_id").asLong());
        }
        return ids;
    }

    @Override
    public List<QuoteDto> similar(Query wording, Set<Long> speakerIds, int k) {
        SearchCriteria criteria = SearchCriteria.all(new PageRequest(0, k));
        return new OpenSearchSearch(client, documents, config.search().timeLimit())
                .top(alias(), OpenSearchQueries.build(wording, criteria, speakerIds, null), k);
    }

    /** Never read: names are not kept between searches on a shared index ({@link FacetNames}). */
    @Override
    public long generation() {
        return 0;
    }

    private String alias() {
        return config.opensearch().alias();
    }

    private ObjectNode definition() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DEFINITION)) {
            if (in == null) {
                throw new IllegalStateException(DEFINITION + " is not on the classpath");
            }
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
