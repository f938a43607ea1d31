// Runs Neo4j Community embedded with a Bolt connector, for development and tests without Docker.
//
//   java -cp "lib/*" Launcher.java --home DIR [--port 7687] [--pagecache 1g] [--set key=value]...
//                                    [--watch-pid PID]   (stop when process PID ends)
//
// The initial password of user neo4j comes from the environment variable NEO4J_INITIAL_PASSWORD
// (kept out of argv so it does not show in `ps`). It is applied once, while neo4j still carries the
// default password that must be changed; a later password change by an operator is left alone.
// Files under --home: conf/neo4j.conf (written on each start), data/ (the store), logs/,
// neo4j.pid while running, and a `ready` file holding the bolt:// URI once clients may connect.

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

public class Launcher {
    record Options(Path home, int port, String pagecache, List<String> overrides, long watchPid) {}

    public static void main(String[] args) {
        try {
            run(parse(args));
        } catch (Throwable e) {
            // A half-started DBMS leaves non-daemon threads behind: exit explicitly.
            e.printStackTrace();
            System.exit(1);
        }
    }

    static void run(Options options) throws Exception {
        Path home = options.home().toAbsolutePath();
        Files.createDirectories(home.resolve("conf"));
        Path pidFile = home.resolve("neo4j.pid");
        Path readyFile = home.resolve("ready");
        Path conf = writeConfig(home, options);
        long started = System.nanoTime();
        // build() takes the store lock; only then is this process the owner of the pid and ready files.
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
        String pid = Long.toString(ProcessHandle.current().pid());
        Files.writeString(pidFile, pid);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("launcher: stopping");
            try {
                Files.deleteIfExists(readyFile);
                dbms.shutdown();
                Files.deleteIfExists(pidFile);
            } catch (Exception e) {
                e.printStackTrace();
            }
            System.out.println("launcher: stopped");
            stopped.countDown();
        }, "launcher-shutdown"));

        if (options.watchPid() > 0) stopWhenGone(options.watchPid());
        applyInitialPassword(dbms.database("system"), System.getenv("NEO4J_INITIAL_PASSWORD"));
        String uri = "bolt://127.0.0.1:" + options.port();
        Files.writeString(readyFile, uri + "\n");
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("launcher: ready at " + uri + " after " + millis + " ms (pid " + pid + ")");
        stopped.await();
    }

    static Options parse(String[] args) {
        Path home = null;
        int port = 7687;
        String pagecache = "1g";
        List<String> overrides = new ArrayList<>();
        long watchPid = 0;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--home" -> { home = Path.of(required(args[i], value)); i++; }
                case "--port" -> { port = Integer.parseInt(required(args[i], value)); i++; }
                case "--pagecache" -> { pagecache = required(args[i], value); i++; }
                case "--set" -> { overrides.add(required(args[i], value)); i++; }
                case "--watch-pid" -> { watchPid = Long.parseLong(required(args[i], value)); i++; }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (home == null) throw new IllegalArgumentException("--home DIR is required");
        return new Options(home, port, pagecache, overrides, watchPid);
    }

    static String required(String option, String value) {
        if (value == null) throw new IllegalArgumentException(option + " needs a value");
        return value;
    }

    static Path writeConfig(Path home, Options options) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.default_listen_address", "127.0.0.1");
        settings.put("server.bolt.enabled", "true");
        settings.put("server.bolt.listen_address", "127.0.0.1:" + options.port());
        settings.put("server.bolt.advertised_address", "127.0.0.1:" + options.port());
        settings.put("server.bolt.tls_level", "DISABLED");
        settings.put("dbms.security.auth_enabled", "true");
        settings.put("dbms.usage_report.enabled", "false");
        settings.put("server.memory.pagecache.size", options.pagecache());
        // A development store: keep transaction logs small rather than keeping history.
        settings.put("db.tx_log.rotation.retention_policy", "2 files");
        settings.put("db.tx_log.rotation.size", "64M");
        // One query must not take the heap (an OutOfMemoryError stops the JVM for everyone): each
        // transaction may hold a quarter of it, all of them together half; past that Neo4j ends the
        // transaction with MemoryPoolOutOfMemoryError. Transactions that set no timeout end after 5 min.
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        settings.put("db.memory.transaction.max", Math.max(64, heapMb / 4) + "m");
        settings.put("dbms.memory.transaction.total.max", Math.max(128, heapMb / 2) + "m");
        settings.put("db.transaction.timeout", "5m");
        for (String override : options.overrides()) {
            int eq = override.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("--set expects key=value, got " + override);
            settings.put(override.substring(0, eq).trim(), override.substring(eq + 1).trim());
        }
        StringBuilder text = new StringBuilder("# Written by Launcher.java on every start; pass --set key=value to change.\n");
        settings.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Path conf = home.resolve("conf").resolve("neo4j.conf");
        Files.writeString(conf, text.toString(), StandardCharsets.UTF_8);
        return conf;
    }

    // Test runs pass their own pid, so a crashed runner does not leave a database behind.
    static void stopWhenGone(long pid) {
        Thread watcher = new Thread(() -> {
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.out.println("launcher: process " + pid + " is gone");
            System.exit(0);
        }, "launcher-watch-pid");
        watcher.setDaemon(true);
        watcher.start();
    }

    // Community keeps users in the system database; embedded code runs there without auth.
    static void applyInitialPassword(GraphDatabaseService system, String password) {
        if (password == null || password.isEmpty()) {
            System.out.println("launcher: NEO4J_INITIAL_PASSWORD not set; user neo4j keeps its password");
            return;
        }
        boolean mustChange = system.executeTransactionally(
            "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' RETURN passwordChangeRequired",
            Map.of(),
            result -> result.hasNext() && Boolean.TRUE.equals(result.next().get("passwordChangeRequired")));
        if (!mustChange) return;
        system.executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        System.out.println("launcher: initial password set for user neo4j");
    }
}
