package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the REST API and the browser UI over the store, until the process is stopped. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Serves the store: the browser UI at / and the JSON API under /api (described at /api/openapi.json).",
            "Binds 127.0.0.1 unless --host says otherwise. With --token, requests that change the store "
                    + "(POST /api/articles) need 'Authorization: Bearer TOKEN'; reads and POST /api/extract stay open.",
            "Runs until interrupted (Ctrl-C)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped",
            "1:the store could not be opened or the port bound (one line on standard error)",
            "2:usage error (unknown option, bad value)"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand parent;

    @Mixin
    private StoreOption store;

    @Mixin
    private DebugOption debug;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes the server to the network).")
    private String host = ServerConfig.DEFAULT_HOST;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks one).")
    private int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:SITREP_TOKEN}",
            description = "Bearer token required by requests that change the store (also: environment SITREP_TOKEN).")
    private String token;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config;
        try {
            config = ServerConfig.defaults().withHost(host).withPort(port).withToken(token);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ClaimStore claims = store.open();
        SitrepServer server;
        try {
            server = SitrepServer.start(config, claims, parent.extractor());
        } catch (RuntimeException e) {
            claims.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            claims.close();
            stopped.countDown();
        }, "sitrep-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("sitrep serve: http://%s:%d/ (store %s)%s; Ctrl-C stops%n", host, server.port(), store.path(),
                token == null ? "" : ", changes need the token");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
