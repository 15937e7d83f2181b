package cn.eduapp.registry.system.data;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.filing.FilingStatus;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.system.data.Rows;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RowsIT extends IntegrationTest {

    record Row(String id, FilingStatus status, Instant at, @Nullable Instant gone, LocalDate day, int count,
               @Nullable String note, boolean flag) {
    }

    record Listed(String id, List<String> platforms, List<String> missing) {
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void readsColumnsIntoARecordByName() {
        Row row = jdbc.sql("""
                select '5b3c3f5e-0000-4000-8000-000000000001'::uuid as id, 'REGISTERED' as status,
                       timestamptz '2026-03-01 08:00:00+08' as at, null::timestamptz as gone,
                       date '2026-03-01' as day, 7 as count, null::text as note, true as flag
                """).query(Rows.of(Row.class)).single();

        assertThat(row).isEqualTo(new Row("5b3c3f5e-0000-4000-8000-000000000001", FilingStatus.REGISTERED,
                Instant.parse("2026-03-01T00:00:00Z"), null, LocalDate.of(2026, 3, 1), 7, null, true));
    }

    @Test
    void readsATextArrayIntoAListAndANullArrayIntoAnEmptyOne() {
        Listed row = jdbc.sql("""
                select 'x' as id, array['ios:cn.example.a', 'android:cn.example.b']::text[] as platforms,
                       null::text[] as missing
                """).query(Rows.of(Listed.class)).single();

        assertThat(row).isEqualTo(new Listed("x", List.of("ios:cn.example.a", "android:cn.example.b"), List.of()));
        assertThat(row.platforms()).isUnmodifiable();
    }
}
