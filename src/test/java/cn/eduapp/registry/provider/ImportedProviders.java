package cn.eduapp.registry.provider;

import static cn.eduapp.registry.support.Fixtures.expect;

import cn.eduapp.registry.filing.internal.imports.FilingImporter;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.CreditCodes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Providers brought in by the CSV import of existing registrations (issue 21: with the contact columns). */
public final class ImportedProviders {

    public record Imported(String providerId, String creditCode, String name, String filingNumber) {
    }

    private ImportedProviders() {
    }

    public static Imported importOne(Api api, JdbcClient jdbc) {
        int seq = ThreadLocalRandom.current().nextInt(80_000, 99_000);
        String code = CreditCodes.generate("91", "110108");
        String number = "教APP备11" + String.format("%05d", seq) + "号";
        String name = "北京存量认领科技" + seq;
        List<String> header = new ArrayList<>(FilingImporter.HEADER);
        header.addAll(FilingImporter.CONTACT_COLUMNS);
        String csv = String.join(",", header) + "\n" + number + ",存量体育" + seq + "," + name + "," + code
                + ",FOR_PROFIT,NON_SUBJECT_TRAINING,ANDROID,cn.old.claim" + seq + ",PRIMARY;PARENTS,false,2021-09-01"
                + ",李四,010-62345678,li@example.cn\n";
        expect(api.send("POST", "/api/v1/filings/import", api.token("city-reviewer"), "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)), 200);
        String id = jdbc.sql("select id::text from provider where credit_code = ?").param(code).query(String.class).single();
        return new Imported(id, code, name, number);
    }
}
