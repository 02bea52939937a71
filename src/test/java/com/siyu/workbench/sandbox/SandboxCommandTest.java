package com.siyu.workbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.siyu.workbench.cli.RootCommand;
import com.siyu.workbench.core.Json;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.BufferedReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code siyu-workbench sandbox …} prints one ready line with base URL and credentials, then serves until stopped. */
class SandboxCommandTest {
    @Test
    void printsTheReadyLineThenServesUntilInterrupted() throws Exception {
        PipedReader pipe = new PipedReader();
        PrintWriter out = new PrintWriter(new PipedWriter(pipe), true);
        CommandLine cli = new CommandLine(new RootCommand()).setOut(out);
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> exit = runner.submit(() -> cli.execute("sandbox", "--port", "0", "--members", "8",
                    "--contacts", "200", "--seed", "11", "--corp-id", "wwcli", "--faults", "", "--token-ttl", "600"));
            String line = new BufferedReader(pipe).readLine();
            JsonNode ready = Json.newMapper().readTree(line);
            assertThat(ready.fieldNames()).toIterable().containsExactly("baseUrl", "corpId", "secret");
            assertThat(ready.path("baseUrl").asText()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(ready.path("corpId").asText()).isEqualTo("wwcli");
            assertThat(ready.path("secret").asText()).hasSizeGreaterThanOrEqualTo(32);

            JsonNode token = get(ready.path("baseUrl").asText() + "/cgi-bin/gettoken?corpid=wwcli&corpsecret="
                    + ready.path("secret").asText());
            assertThat(token.path("expires_in").asInt()).isEqualTo(600);
            JsonNode stats = get(ready.path("baseUrl").asText() + "/sandbox/stats");
            assertThat(stats.path("members").asInt()).isEqualTo(8);
            assertThat(stats.path("contacts").asInt()).isEqualTo(200);

            runner.shutdownNow();
            assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
        } finally {
            runner.shutdownNow();
        }
    }

    @Test
    void badOptionsFailWithAMessage() {
        CommandLine cli = new CommandLine(new RootCommand());
        java.io.StringWriter err = new java.io.StringWriter();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("sandbox", "--faults", "meteor=0.5");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("meteor");
    }

    private static JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .build(), HttpResponse.BodyHandlers.ofString());
        return Json.newMapper().readTree(response.body());
    }
}
