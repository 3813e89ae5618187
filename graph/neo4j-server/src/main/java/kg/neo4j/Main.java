// Local Neo4j Community server for development: embedded DBMS with Bolt on 127.0.0.1 (no Docker needed).
package kg.neo4j;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Usage: java -cp ... kg.neo4j.Main [--data-dir DIR] [--bolt-port N] [--browser-port N] [--pagecache SIZE_MB]
 *
 * <p>Each flag falls back to an env var (KG_NEO4J_DATA_DIR, KG_NEO4J_PORT, KG_NEO4J_BROWSER_PORT,
 * KG_NEO4J_PAGECACHE_MB), then to a default. Auth is always on: user {@code neo4j}, password from
 * NEO4J_PASSWORD (default {@value #DEFAULT_PASSWORD}), so clients exercise the same auth path as a
 * real deployment. APOC core is loaded, its procedures limited to {@link #PROCEDURE_ALLOWLIST}; the Neo4j Browser is served
 * over plain HTTP on the browser port when that port is free.
 */
public final class Main {
  static final String READY_MARKER = "KG_NEO4J_READY";
  static final String DEFAULT_PASSWORD = "kg-local-neo4j";
  static final String NEO4J_VERSION = "5.26.0";

  /**
   * Procedures and functions Neo4j registers (dbms.security.procedures.allowlist). APOC's read-only helpers stay;
   * apoc.load/export/import/cypher/periodic/trigger/util and the rest are never loaded. Built-in db.* and dbms.*
   * procedures are not governed by this setting; kg's read path refuses the ones that are not read-only.
   */
  static final List<String> PROCEDURE_ALLOWLIST =
      List.of("apoc.coll.*", "apoc.text.*", "apoc.map.*", "apoc.path.*", "apoc.meta.*", "apoc.algo.*", "apoc.agg.*",
          "apoc.number.*", "apoc.temporal.*", "apoc.date.*", "apoc.convert.*", "apoc.label.*", "apoc.node.*",
          "apoc.nodes.*", "apoc.rel.*", "apoc.version");

  private Main() {}

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = parseArgs(argv);
    Path dataDir =
        Path.of(pick(args, "data-dir", "KG_NEO4J_DATA_DIR", Path.of(".data", "neo4j").toString()))
            .toAbsolutePath()
            .normalize();
    int boltPort = Integer.parseInt(pick(args, "bolt-port", "KG_NEO4J_PORT", "7687"));
    int browserPort = Integer.parseInt(pick(args, "browser-port", "KG_NEO4J_BROWSER_PORT", "7474"));
    long pagecacheMb = Long.parseLong(pick(args, "pagecache", "KG_NEO4J_PAGECACHE_MB", "512"));
    long txTimeoutS = Long.parseLong(pick(args, "tx-timeout", "KG_NEO4J_TX_TIMEOUT_S", "120"));
    String txLogRetention = pick(args, "tx-log-retention", "KG_NEO4J_TX_LOG_RETENTION", "2 files");
    String password = envOr("NEO4J_PASSWORD", DEFAULT_PASSWORD);

    // Fail fast with a readable message instead of a Netty bind stack trace deep in the log.
    if (portAnswers(boltPort)) {
      fail("port " + boltPort + " on 127.0.0.1 is already in use (another Neo4j?)");
    }

    Files.createDirectories(dataDir);
    log("starting Neo4j " + NEO4J_VERSION + " (embedded), data dir " + dataDir);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dataDir)
            .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("localhost", boltPort))
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            // Only registries are reachable here, and a dev database has nothing to report anyway.
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // The JVM default would size the page cache from total RAM; a dev graph needs far less.
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
            .setConfig(GraphDatabaseSettings.plugin_dir, preparePlugins(dataDir))
            // Closed in depth (see README, "What the local Neo4j allows"): no file:// URLs for LOAD CSV, imports
            // confined to an empty folder, and only the procedures and functions the project and its users need,
            // so APOC's file loaders, exporters and Cypher runners are not even registered.
            .setConfig(GraphDatabaseSettings.allow_file_urls, false)
            .setConfig(GraphDatabaseSettings.load_csv_file_url_root, emptyImportDir(dataDir))
            .setConfig(GraphDatabaseSettings.procedure_allowlist, PROCEDURE_ALLOWLIST)
            // No transaction, a user's or the loader's, runs unbounded; clients ask for shorter ones themselves.
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutS))
            // Neo4j keeps two days of transaction logs for backups and cluster catch-up, which a local server has
            // no use for: after 256 MiB of reports they were 11 GiB of a 15.5 GiB data folder. Checkpoints now prune
            // all but the last rotated files (Neo4j's "N files" syntax; any of its retention policies may be given).
            .setConfig(GraphDatabaseSettings.keep_logical_logs, txLogRetention)
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    HttpServer[] browser = new HttpServer[1];
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log("shutting down");
                  if (browser[0] != null) browser[0].stop(0);
                  dbms.shutdown();
                  log("stopped");
                  stopped.countDown();
                },
                "kg-neo4j-shutdown"));

    try {
      setPassword(dbms, password);
    } catch (RuntimeException e) {
      e.printStackTrace();
      fail("could not set the neo4j password: " + e.getMessage());
    }

    if (!portAnswers(boltPort)) {
      fail("Neo4j started but Bolt is not listening on 127.0.0.1:" + boltPort + " (see logs above)");
    }

    if (browserPort > 0) {
      try {
        browser[0] = startBrowser(browserPort, boltPort);
        log("Neo4j Browser on http://localhost:" + browserPort + "/browser/");
      } catch (BindException e) {
        // The Browser is a convenience; a busy port must not cost us the database.
        log("Neo4j Browser not started: port " + browserPort + " is in use");
      } catch (IOException e) {
        log("Neo4j Browser not started: " + e);
      }
    }

    log(READY_MARKER + " bolt://localhost:" + boltPort + " pid=" + ProcessHandle.current().pid());
    stopped.await();
  }

  /**
   * Neo4j scans only plugin_dir for procedures, not the classpath, so APOC's jar (already resolved
   * by Maven onto our classpath) is copied there; its classes still load from the classpath.
   */
  private static Path preparePlugins(Path dataDir) throws IOException {
    Path plugins = dataDir.resolve("plugins");
    Files.createDirectories(plugins);
    Set<String> wanted = new HashSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      String name = jar.getFileName().toString();
      if (name.startsWith("apoc-") && name.endsWith(".jar")) {
        wanted.add(name);
        Path dest = plugins.resolve(name);
        if (!Files.exists(dest) || Files.size(dest) != Files.size(jar)) {
          Files.copy(jar, dest, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    // A jar left from an older APOC version would register its procedures twice and fail the start.
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(plugins, "apoc-*.jar")) {
      for (Path p : stale) {
        if (!wanted.contains(p.getFileName().toString())) Files.delete(p);
      }
    }
    return plugins;
  }

  /** LOAD CSV resolves file URLs under this folder; it is kept empty, so there is nothing to read even if allowed. */
  private static Path emptyImportDir(Path dataDir) throws IOException {
    Path dir = dataDir.resolve("import");
    Files.createDirectories(dir);
    return dir;
  }

  private static void setPassword(DatabaseManagementService dbms, String password) {
    // Embedded transactions bypass auth, so this works whatever the stored password is; running it
    // on every start lets NEO4J_PASSWORD change between runs without wiping the data dir.
    try {
      dbms.database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    } catch (RuntimeException e) {
      String msg = String.valueOf(e.getMessage());
      if (!msg.contains("Old password and new password cannot be the same")) throw e;
    }
  }

  private static HttpServer startBrowser(int port, int boltPort) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    String discovery =
        "{\"bolt_direct\":\"bolt://localhost:"
            + boltPort
            + "\",\"bolt_routing\":\"neo4j://localhost:"
            + boltPort
            + "\",\"neo4j_version\":\""
            + NEO4J_VERSION
            + "\",\"neo4j_edition\":\"community\"}";
    server.createContext("/", exchange -> serve(exchange, discovery));
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    return server;
  }

  private static void serve(HttpExchange ex, String discovery) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (path.equals("/")) {
        // The Browser probes the page's origin for this JSON to find the Bolt address.
        String accept = String.valueOf(ex.getRequestHeaders().getFirst("Accept"));
        if (accept.contains("json")) {
          send(ex, 200, "application/json", discovery.getBytes(StandardCharsets.UTF_8));
        } else {
          ex.getResponseHeaders().add("Location", "/browser/");
          ex.sendResponseHeaders(302, -1);
        }
        return;
      }
      if (path.equals("/browser")) {
        ex.getResponseHeaders().add("Location", "/browser/");
        ex.sendResponseHeaders(302, -1);
        return;
      }
      if (!path.startsWith("/browser/") || path.contains("..")) {
        send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String resource = path.endsWith("/") ? path + "index.html" : path;
      try (InputStream in = Main.class.getResourceAsStream(resource)) {
        if (in == null) {
          send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
          return;
        }
        send(ex, 200, contentType(resource), in.readAllBytes());
      }
    }
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static String contentType(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".html")) return "text/html; charset=utf-8";
    if (p.endsWith(".js")) return "text/javascript; charset=utf-8";
    if (p.endsWith(".css")) return "text/css; charset=utf-8";
    if (p.endsWith(".json")) return "application/json";
    if (p.endsWith(".svg")) return "image/svg+xml";
    if (p.endsWith(".png")) return "image/png";
    if (p.endsWith(".ico")) return "image/x-icon";
    if (p.endsWith(".woff2")) return "font/woff2";
    if (p.endsWith(".woff")) return "font/woff";
    if (p.endsWith(".ttf")) return "font/ttf";
    if (p.endsWith(".map")) return "application/json";
    return "application/octet-stream";
  }

  private static boolean portAnswers(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static Map<String, String> parseArgs(String[] argv) {
    Map<String, String> out = new java.util.HashMap<>();
    for (int i = 0; i < argv.length; i++) {
      String a = argv[i];
      if (!a.startsWith("--")) fail("unexpected argument: " + a);
      String key = a.substring(2);
      String value;
      int eq = key.indexOf('=');
      if (eq >= 0) {
        value = key.substring(eq + 1);
        key = key.substring(0, eq);
      } else {
        if (i + 1 >= argv.length) fail("missing value for " + a);
        value = argv[++i];
      }
      out.put(key, value);
    }
    return out;
  }

  private static String pick(Map<String, String> args, String flag, String env, String dflt) {
    String v = args.get(flag);
    return v != null ? v : envOr(env, dflt);
  }

  private static String envOr(String name, String dflt) {
    String v = System.getenv(name);
    return v == null || v.isEmpty() ? dflt : v;
  }

  private static void log(String msg) {
    System.out.println("[kg-neo4j] " + msg);
  }

  private static void fail(String msg) {
    System.err.println("[kg-neo4j] ERROR: " + msg);
    // exit, not halt: once the DBMS is up the shutdown hook must still close the store cleanly.
    System.exit(1);
  }
}
