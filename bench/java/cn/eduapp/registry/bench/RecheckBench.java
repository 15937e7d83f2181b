package cn.eduapp.registry.bench;

import cn.eduapp.registry.EduAppRegistryApplication;
import cn.eduapp.registry.filing.internal.recheck.RecheckService;
import cn.eduapp.registry.support.CreditCodes;
import cn.eduapp.registry.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12's scale aim: a re-check of 100,000 registered filings (20,000 providers, half of them
 * subject training with licences, a tenth of those with an expired permit) in under a minute. Seeds a
 * fresh embedded database directly, then times {@link RecheckService#runAll()} twice (cold, warm).
 */
public final class RecheckBench {

    public static void main(String[] args) throws Exception {
        int filings = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int providers = Math.max(1, filings / 5);
        Path dir = Files.createTempDirectory("eduapp-recheck-bench");
        try (ConfigurableApplicationContext ctx = SpringApplication.run(EduAppRegistryApplication.class,
                "--spring.main.web-application-type=none", "--registry.data-dir=" + dir, "--registry.embedded.durable=false",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off", "--registry.recheck.initial-delay=PT24H",
                "--registry.recheck.rule-set-watch=PT24H")) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            JsonMapper json = ctx.getBean(JsonMapper.class);
            long seedStart = System.nanoTime();
            List<UUID> ids = new ArrayList<>();
            List<Object[]> orgs = new ArrayList<>();
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> licences = new ArrayList<>();
            for (int i = 0; i < providers; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                boolean subject = i % 2 == 0;
                String code = CreditCodes.generate(subject ? "52" : "91", "110108");
                orgs.add(new Object[] {id, "PROVIDER", "基准提供者" + i});
                rows.add(new Object[] {id, "基准提供者" + i, code, subject ? "NON_PROFIT" : "FOR_PROFIT",
                        subject ? "CIVIL_AFFAIRS" : "MARKET_REGULATION", "110108"});
                if (subject) {
                    licences.add(new Object[] {UUID.randomUUID(), id, "SCHOOL_RUNNING_LICENCE", "教民111010870000001", "2020-01-01", "2035-12-31"});
                    licences.add(new Object[] {UUID.randomUUID(), id, "ONLINE_SUBJECT_TRAINING_PERMIT", "京线上" + i, "2020-01-01",
                            i % 20 == 0 ? "2021-12-31" : "2035-12-31"});
                }
            }
            jdbc.batchUpdate("insert into organisation (id, kind, name) values (?, ?, ?)", orgs);
            jdbc.batchUpdate("""
                    insert into provider (id, name, credit_code, legal_person_type, registration_authority, region)
                    values (?, ?, ?, ?, ?, ?)""", rows);
            jdbc.batchUpdate("""
                    insert into licence (id, provider_id, type, number, issuer, valid_from, valid_until)
                    values (?, ?, ?, ?, '北京市教育委员会', ?::date, ?::date)""", licences);
            String subjectApp = json.writeValueAsString(Fixtures.subjectTrainingApp("基准数学", "cn.bench.maths"));
            String peApp = json.writeValueAsString(Fixtures.compliantApp("基准体育", "cn.bench.pe"));
            List<Object[]> filingRows = new ArrayList<>();
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < filings; i++) {
                int p = i % providers;
                filingRows.add(new Object[] {UUID.randomUUID(), ids.get(p), "基准提供者" + p, "基准应用" + i,
                        p % 2 == 0 ? subjectApp : peApp, String.format("教APP备11%05d号", i % 100_000), now, now, now, now});
                if (filingRows.size() == 5_000) {
                    insertFilings(jdbc, filingRows);
                }
            }
            insertFilings(jdbc, filingRows);
            System.out.printf("seeded %,d registered filings of %,d providers in %.1f s%n", filings, providers,
                    (System.nanoTime() - seedStart) / 1e9);
            RecheckService recheck = ctx.getBean(RecheckService.class);
            for (String run : new String[] {"first run (raises alerts)", "second run (nothing new)"}) {
                long start = System.nanoTime();
                RecheckService.Outcome o = recheck.runAll();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%-26s %,d checked, %,d alerts raised, %,d resolved in %.1f s (%,.0f filings/s)%n", run,
                        o.checked(), o.raised(), o.resolved(), seconds, o.checked() / seconds);
            }
            System.out.println("aim: under 60 s for 100,000 filings");
        }
    }

    private static void insertFilings(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into filing (id, provider_id, provider_name, status, app_name, app, filing_number, category,
                                    created_at, updated_at, submitted_at, registered_at)
                values (?, ?, ?, 'REGISTERED', ?, ?::jsonb, ?, null, ?, ?, ?, ?)""", rows);
        rows.clear();
    }
}
