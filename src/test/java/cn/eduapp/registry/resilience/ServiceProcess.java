package cn.eduapp.registry.resilience;

import cn.eduapp.registry.support.Api;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The packaged service (target/eduapp-registry.jar) as a separate OS process, for tests that crash it. */
final class ServiceProcess implements AutoCloseable {

    final int port;
    final Path dataDir;
    private final Path log;
    private Process process;

    ServiceProcess(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        this.log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
    }

    /** The demo's agencies without its samples: a provider is verified by the city reviewer before it files (issue 21). */
    static final String[] DEMO_AGENCIES = {"--registry.demo=true", "--registry.demo.samples=false"};

    ServiceProcess start(String... extra) throws IOException, InterruptedException {
        Path jar = Path.of("target", "eduapp-registry.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("run through mvn verify: the packaged jar is needed");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port, "--registry.data-dir=" + dataDir,
                "--registry.rate-limit.public.capacity=1000000", "--logging.level.root=WARN",
                "--management.server.port=0", "--registry.pii-key=resilience-tests-passphrase"));
        cmd.addAll(List.of(extra));
        process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            awaitHealthy(Duration.ofSeconds(300));
        } catch (RuntimeException | InterruptedException e) {
            close(); // a service that never became healthy must not outlive the test
            throw e;
        }
        return this;
    }

    Api api() {
        return new Api("http://localhost:" + port);
    }

    void awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited; see " + log);
            }
            try {
                if (api().get("/actuator/health", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service did not become healthy; see " + log);
    }

    /** kill -9: no shutdown hook, no graceful anything. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: the graceful shutdown path. */
    int terminate() throws InterruptedException {
        process.destroy();
        return process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
