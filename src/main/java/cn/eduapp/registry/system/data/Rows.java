package cn.eduapp.registry.system.data;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;

/**
 * Rows read into records by Spring's {@link DataClassRowMapper}: the columns ({@code snake_case}) fill the record's
 * components ({@code camelCase}) by name, so a repository declares a record instead of reading each column by hand.
 * On top of Spring's conversions it reads {@code timestamptz} into {@link Instant} and {@code date} into
 * {@link LocalDate} (null stays null), {@code uuid} into {@link String}, and a {@code text[]} into a
 * {@code List<String>} (null into an empty list); enums come from their names.
 *
 * <pre>{@code jdbc.sql("select id, name, created_at from provider where id = ?").param(id).query(Rows.of(Row.class)).optional()}</pre>
 *
 * One mapper per record type, built once and shared (it is stateless after construction).
 */
public final class Rows {

    private static final Map<Class<?>, RowMapper<?>> MAPPERS = new ConcurrentHashMap<>();

    private Rows() {
    }

    @SuppressWarnings("unchecked")
    public static <T> RowMapper<T> of(Class<T> type) {
        return (RowMapper<T>) MAPPERS.computeIfAbsent(type, RecordMapper::new);
    }

    private static final class RecordMapper<T> extends DataClassRowMapper<T> {

        RecordMapper(Class<T> type) {
            super(type);
        }

        @Override
        protected Object getColumnValue(ResultSet rs, int index, Class<?> type) throws SQLException {
            if (type == Instant.class) {
                Timestamp at = rs.getTimestamp(index);
                return at == null ? null : at.toInstant();
            }
            if (type == LocalDate.class) {
                java.sql.Date day = rs.getDate(index);
                return day == null ? null : day.toLocalDate();
            }
            if (type == String.class) {
                return rs.getString(index);
            }
            if (type == List.class) {
                Array array = rs.getArray(index);
                return array == null ? List.of() : Collections.unmodifiableList(Arrays.asList((String[]) array.getArray()));
            }
            return super.getColumnValue(rs, index, type);
        }
    }
}
