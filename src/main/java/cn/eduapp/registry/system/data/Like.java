package cn.eduapp.registry.system.data;

import cn.eduapp.registry.system.data.Like;

/** Substring search in SQL: a pattern for {@code like ? escape '\'} that treats the text's own %, _ and \ literally. */
public final class Like {

    private Like() {
    }

    /** The trimmed search text anywhere in the value. */
    public static String containing(String q) {
        return "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
