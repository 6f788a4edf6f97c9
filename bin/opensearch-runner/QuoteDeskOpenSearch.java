import java.io.IOException;
import java.util.concurrent.CountDownLatch;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Starts one OpenSearch node for bin/opensearch: QuoteDeskOpenSearch DIR PORT.
 *
 * OpenSearchRunner's own main() takes no node settings and refuses HTTP ports above 9299, so this
 * sets them through its builder: loopback only, a fixed HTTP port, an ephemeral transport port and
 * single-node discovery. The runner loads most of the distribution's modules (analysis-common,
 * painless, reindex, ...) from the classpath and has no security plugin, so HTTP is plain.
 */
public final class QuoteDeskOpenSearch {
    public static void main(String[] args) throws Exception {
        String dir = args[0];
        String port = args[1];
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.setMaxHttpPort(-1); // skip the runner's port probing: http.port below is used as is
        runner.onBuild((id, settings) -> settings
                .put("network.host", "127.0.0.1")
                .put("http.port", port)
                .put("transport.port", "0")
                .put("discovery.type", "single-node")
                .putList("node.roles", "cluster_manager", "data", "ingest")
                // a developer's nearly full disk should not turn the throwaway index read-only
                .put("cluster.routing.allocation.disk.threshold_enabled", "false"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (IOException e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }));
        try {
            runner.build("-basePath", dir, "-numOfNode", "1", "-clusterName", "quotedesk",
                    "-confPath", dir + "/config", "-dataPath", dir + "/data", "-logsPath", dir + "/logs");
        } catch (RuntimeException e) {
            e.printStackTrace();
            // one line to end the log with, for bin/opensearch's error message
            StringBuilder why = new StringBuilder("QuoteDeskOpenSearch: node failed to start:");
            for (Throwable t = e; t != null; t = t.getCause()) {
                why.append(t == e ? " " : " <- ").append(t);
            }
            System.err.println(why);
            System.exit(1);
        }
        stopped.await();
    }
}
