package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.BeijingTimes;

import cn.eduapp.registry.shared.Beijing;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How pages write a moment: in Beijing time, in one of three lengths. Templates call it as
 * {@code ${@bj.minute(f.submittedAt)}}; an absent moment is an empty string.
 */
@Component("bj")
public class BeijingTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Beijing.ZONE);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Beijing.ZONE);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Beijing.ZONE);
    private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(Beijing.ZONE);

    public String day(@Nullable Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    public String minute(@Nullable Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }

    public String second(@Nullable Instant at) {
        return at == null ? "" : SECOND.format(at);
    }

    /** 2026年12月4日, for documents and dates a person reads in a sentence. */
    public String chineseDay(@Nullable Instant at) {
        return at == null ? "" : CHINESE_DAY.format(at);
    }
}
