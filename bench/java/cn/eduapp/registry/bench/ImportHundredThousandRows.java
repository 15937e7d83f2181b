package cn.eduapp.registry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.filing.internal.imports.FilingImporter;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.CreditCodes;
import cn.eduapp.registry.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The CSV import with 100,000 generated rows (50,000 filings on two platforms each, 5,000 providers),
 * through HTTP. Prints the size and the time; run with bench/import-100k.sh (not part of mvn verify).
 */
class ImportHundredThousandRows extends IntegrationTest {

    static final int FILINGS = 50_000;
    static final int PROVIDERS = 5_000;

    /** Api's client gives up after 60 s; this one waits as long as the import takes. */
    private Api.Response post(byte[] body) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(api().base() + "/api/v1/filings/import"))
                    .header("Authorization", "Bearer " + api().token("city-reviewer"))
                    .header("Content-Type", "text/csv").timeout(Duration.ofMinutes(30))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Response(r.statusCode(), r.body(), r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importsOneHundredThousandRows() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < PROVIDERS; i++) {
            codes.add(CreditCodes.generate("91", "110108"));
        }
        StringBuilder csv = new StringBuilder(String.join(",", FilingImporter.HEADER)).append('\n');
        for (int i = 1; i <= FILINGS; i++) {
            String number = "教APP备11" + String.format("%05d", 40_000 + i % 60_000) + "号";
            String code = codes.get(i % PROVIDERS);
            String common = number + ",存量应用" + i + ",北京存量科技" + (i % PROVIDERS) + "," + code
                    + ",FOR_PROFIT,NON_SUBJECT_TRAINING,";
            csv.append(common).append("ANDROID,cn.bench.app").append(i).append(",PRIMARY;PARENTS,false,2020-09-01\n");
            csv.append(common).append("IOS,cn.bench.app").append(i).append(",PRIMARY;PARENTS,false,2020-09-01\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Api.Response r = post(body);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.status()).as(r.body().length() > 500 ? r.body().substring(0, 500) : r.body()).isEqualTo(200);
        JsonNode json = r.json();
        System.out.printf("IMPORT 100k: %d rows, %.1f MiB, %d ms; imported=%d skipped=%d rejected=%d%n", 2 * FILINGS,
                body.length / 1048576.0, ms, json.path("imported").asInt(), json.path("skipped").asInt(),
                json.path("rejected").size());
        long again = System.nanoTime();
        JsonNode second = post(body).json();
        System.out.printf("IMPORT 100k again: %d ms; imported=%d skipped=%d%n", (System.nanoTime() - again) / 1_000_000,
                second.path("imported").asInt(), second.path("skipped").asInt());
        assertThat(second.path("imported").asInt()).isZero();
    }
}
